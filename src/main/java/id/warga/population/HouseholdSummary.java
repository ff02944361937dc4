package id.warga.population;

/** A household in a list: KK number, address, RT, its head and how many live in it. */
public record HouseholdSummary(
        long id,
        String kkNumber,
        String address,
        String rtCode,
        Long headId,
        String headName,
        int members,
        int version) {}
