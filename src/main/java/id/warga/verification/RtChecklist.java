package id.warga.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What an RT head sees before attesting the month: households whose data nobody checked in the
 * last {@code reviewMonths} months, residents 15+ without a current labour block, open warnings,
 * changes still waiting for review or sent back; and the attestation once made.
 */
public record RtChecklist(
        String rtCode,
        String place,
        YearMonth month,
        LocalDate deadline,
        boolean pastDeadline,
        int households,
        int householdsNotReviewed,
        int reviewMonths,
        LocalDate reviewedSince,
        int workingAge,
        int labourNotCurrent,
        int openWarnings,
        int pendingSubmissions,
        int returnedSubmissions,
        AttestationView attestation) {

    /** Nothing left to check: every count is zero. */
    @JsonProperty
    public boolean clear() {
        return householdsNotReviewed == 0
                && labourNotCurrent == 0
                && openWarnings == 0
                && pendingSubmissions == 0
                && returnedSubmissions == 0;
    }
}
