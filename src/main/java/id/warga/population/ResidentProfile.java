package id.warga.population;

import java.time.LocalDate;

/**
 * What the statistics count of a resident: where they live, sex, birth date, education and the
 * current labour answer. A resident who is no longer counted (dead, moved out, missing) has none.
 */
public record ResidentProfile(
        String rtCode,
        Sex sex,
        LocalDate birthDate,
        Integer education,
        LabourActivity labourActivity,
        LocalDate labourReferenceDate) {}
