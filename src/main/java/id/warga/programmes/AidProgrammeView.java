package id.warga.programmes;

import java.util.List;

/**
 * An aid programme: its name, source, target, year, amount per recipient and optional quota, the
 * programmes it excludes, how many it reaches in all and within the reader's area (distinct NIKs
 * or KK numbers).
 */
public record AidProgrammeView(
        long id,
        String name,
        AidSource source,
        AidTarget target,
        int year,
        Rupiah amount,
        Integer quota,
        List<Excluded> excludes,
        long recipients,
        long recipientsInArea) {

    /** Money the programme hands out to its recipients so far. */
    public Rupiah paid() {
        return amount.times(recipients);
    }

    public record Excluded(long id, String name) {}
}
