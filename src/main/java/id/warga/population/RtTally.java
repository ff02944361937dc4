package id.warga.population;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * The registry's counts for one RT: households with a living member, living residents, residents
 * aged 15+ and those of them whose labour block is current (answered within six months), and the
 * open warnings ({@code null} while not yet counted), as of {@code countedOn}.
 */
public record RtTally(
        String rtCode,
        int households,
        int residents,
        int workingAge,
        int labourCurrent,
        Integer openWarnings,
        LocalDate countedOn) {

    /** Residents 15+ whose labour block is missing or older than six months. */
    @JsonProperty
    public int labourNotCurrent() {
        return Math.max(0, workingAge - labourCurrent);
    }
}
