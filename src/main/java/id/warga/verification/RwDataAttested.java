package id.warga.verification;

import java.time.Instant;
import java.time.YearMonth;

/** An RW head attested the RW for the month, when {@code rtsAttested} of its {@code rts} RTs had attested. */
public record RwDataAttested(
        String rwCode, YearMonth month, String attestedBy, Instant at, boolean onTime, int rts, int rtsAttested) {}
