package id.warga.population;

import java.time.LocalDate;

/** A life event entered the registry (birth, death, a move, …), in the same transaction as its effects. */
public record LifeEventRecorded(
        long eventId,
        LifeEventKind kind,
        Long residentId,
        Long householdId,
        LocalDate occurredOn,
        String fromRtCode,
        String toRtCode) {}
