package id.warga.population;

/**
 * A household in a list: KK number, address, RT, its head, how many live in it, and the day its
 * data were last checked (null: never).
 */
public record HouseholdSummary(
        long id,
        String kkNumber,
        String address,
        String rtCode,
        Long headId,
        String headName,
        int members,
        int version,
        java.time.LocalDate checkedOn) {}
