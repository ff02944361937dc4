package id.warga.population;

import java.time.LocalDate;

/** A member of a {@link NewHousehold}; codes are the official Dukcapil codes. */
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
        LocalDate labourReferenceDate) {}
