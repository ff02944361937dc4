package id.warga.population;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded life event: what happened, to whom, in which household, from where to where, and who recorded it. */
public record LifeEventView(
        long id,
        LifeEventKind kind,
        Long residentId,
        Long householdId,
        Long fromHouseholdId,
        LocalDate occurredOn,
        String fromRtCode,
        String toRtCode,
        String note,
        String recordedBy,
        Instant recordedAt) {}
