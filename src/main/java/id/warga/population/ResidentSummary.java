package id.warga.population;

import java.time.LocalDate;

/**
 * A resident in a list or a search result. For "who lived here on a date", {@code rtCode} and
 * {@code householdId} are those of that date.
 */
public record ResidentSummary(
        long id,
        String nik,
        String name,
        Sex sex,
        LocalDate birthDate,
        int age,
        Integer relation,
        long householdId,
        String kkNumber,
        String rtCode,
        LifeStatus lifeStatus,
        LabourStatus labourStatus,
        LocalDate labourReferenceDate,
        int version) {}
