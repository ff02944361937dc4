package id.warga.region;

import java.time.LocalDate;

/** A person's term as head of a unit (ketua RT/RW, lurah, camat, walikota), with its decree. */
public record HeadTerm(
        long id,
        long headId,
        String headName,
        RegionCode regionCode,
        String office,
        String skNumber,
        LocalDate startsOn,
        LocalDate endsOn) {

    public boolean heldOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
