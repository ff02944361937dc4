package id.warga.population;

import java.time.LocalDate;

/**
 * A member of a {@link NewHousehold}; codes are the official Dukcapil codes. The labour block's
 * optional details (hours, status in employment, skills) may be left null.
 */
public record NewResident(
        String nik,
        String name,
        Sex sex,
        String birthPlace,
        LocalDate birthDate,
        Integer religion,
        Integer maritalStatus,
        Integer education,
        Integer occupation,
        int relation,
        int citizenship,
        String phone,
        LabourActivity labourActivity,
        LocalDate labourReferenceDate,
        Integer hoursWorked,
        Integer employmentStatus,
        String skills) {

    public NewResident(
            String nik,
            String name,
            Sex sex,
            String birthPlace,
            LocalDate birthDate,
            Integer religion,
            Integer maritalStatus,
            Integer education,
            Integer occupation,
            int relation,
            int citizenship,
            String phone,
            LabourActivity labourActivity,
            LocalDate labourReferenceDate) {
        this(
                nik,
                name,
                sex,
                birthPlace,
                birthDate,
                religion,
                maritalStatus,
                education,
                occupation,
                relation,
                citizenship,
                phone,
                labourActivity,
                labourReferenceDate,
                null,
                null,
                null);
    }
}
