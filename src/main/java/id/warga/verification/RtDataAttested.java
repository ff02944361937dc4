package id.warga.verification;

import java.time.Instant;
import java.time.YearMonth;

/** An RT head attested that the RT's data were checked for the month, with the checklist as it stood. */
public record RtDataAttested(
        String rtCode,
        YearMonth month,
        String attestedBy,
        Instant at,
        boolean onTime,
        int householdsNotReviewed,
        int labourNotCurrent,
        int openWarnings,
        int pendingSubmissions) {}
