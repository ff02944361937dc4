package id.warga.population;

import java.time.LocalDate;

/**
 * Who a resident is, as written on the KK: NIK (empty only while a newborn waits for one), name,
 * sex, place and date of birth, and the official Dukcapil codes for religion, marital status,
 * education, occupation, relation in the family (SHDK) and citizenship.
 */
public record ResidentDetails(
        String nik,
        String name,
        Sex sex,
        String birthPlace,
        LocalDate birthDate,
        Integer religion,
        Integer maritalStatus,
        Integer education,
        Integer occupation,
        Integer relation,
        Integer citizenship,
        String phone) {

    public ResidentDetails withRelation(Integer newRelation) {
        return new ResidentDetails(
                nik,
                name,
                sex,
                birthPlace,
                birthDate,
                religion,
                maritalStatus,
                education,
                occupation,
                newRelation,
                citizenship,
                phone);
    }
}
