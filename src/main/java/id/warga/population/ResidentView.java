package id.warga.population;

import java.time.LocalDate;

/**
 * A resident's full record as the registry holds it, for those whose area it is: identity,
 * official codes, where they live and in which KK, life status, the labour block and the version
 * a change must be based on.
 */
public record ResidentView(
        long id,
        String nik,
        String name,
        Sex sex,
        String birthPlace,
        LocalDate birthDate,
        int age,
        Integer religion,
        Integer maritalStatus,
        Integer education,
        Integer occupation,
        Integer relation,
        Integer citizenship,
        String phone,
        long householdId,
        String kkNumber,
        String rtCode,
        LifeStatus lifeStatus,
        LabourView labour,
        int version) {

    /** Who they are, as a command would state it. */
    public ResidentDetails details() {
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
                relation,
                citizenship,
                phone);
    }

    public boolean isHead() {
        return relation != null && relation == CodeLists.HEAD;
    }

    /** Old enough for the labour block today. */
    public boolean workingAge() {
        return age >= RegistryRules.LABOUR_MIN_AGE;
    }

    /**
     * The labour block and whether it is current (answered within the last six months); empty
     * ({@code activity} null) when never answered.
     */
    public record LabourView(
            LabourActivity activity,
            LabourStatus status,
            LocalDate referenceDate,
            Integer hoursWorked,
            Integer employmentStatus,
            String skills,
            boolean current) {

        public boolean answered() {
            return activity != null;
        }
    }
}
