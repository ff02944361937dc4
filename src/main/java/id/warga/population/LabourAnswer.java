package id.warga.population;

import java.time.LocalDate;

/**
 * The labour block (BPS Sakernas concepts) for a resident aged 15+: the activity in the reference
 * week ending on {@code referenceDate}, and optionally hours worked, status in employment
 * (Regsosek code) and skills.
 */
public record LabourAnswer(
        LabourActivity activity,
        LocalDate referenceDate,
        Integer hoursWorked,
        Integer employmentStatus,
        String skills) {

    public LabourStatus status() {
        return activity == null ? null : activity.status();
    }
}
