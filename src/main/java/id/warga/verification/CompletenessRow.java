package id.warga.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * How complete the validation is in one area this month: of its RTs, how many attested (and how
 * many by the deadline); of its residents 15+, how many have a current labour block; how many
 * warnings are open ({@code null} while some RT's are not yet counted) and how many submissions
 * wait for review, the oldest since when.
 */
public record CompletenessRow(
        String code,
        String name,
        String level,
        int rts,
        int rtsAttested,
        int rtsAttestedOnTime,
        int workingAge,
        int labourCurrent,
        Integer openWarnings,
        int pending,
        Instant oldestPending) {

    /** Share of the RTs attested by the deadline, 0–1; null without RTs. */
    @JsonProperty
    public Double attestedOnTimeShare() {
        return rts == 0 ? null : rtsAttestedOnTime / (double) rts;
    }

    /** Share of residents 15+ with a current labour block, 0–1; null without any. */
    @JsonProperty
    public Double labourShare() {
        return workingAge == 0 ? null : labourCurrent / (double) workingAge;
    }
}
