package id.warga.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An RT's or RW's attestation of a month: who attested and when, whether by the deadline, and the
 * checklist as it stood (for an RT: households not checked in {@code reviewMonths} months, residents
 * 15+ without a current labour block, open warnings, submissions waiting; for an RW: its RTs and how
 * many had attested).
 */
public record AttestationView(
        String unitCode,
        String level,
        YearMonth month,
        LocalDate deadline,
        String attestedBy,
        Instant attestedAt,
        boolean onTime,
        Integer households,
        Integer householdsNotReviewed,
        Integer reviewMonths,
        Integer workingAge,
        Integer labourNotCurrent,
        Integer openWarnings,
        Integer pendingSubmissions,
        Integer rts,
        Integer rtsAttested,
        Integer rtsAttestedOnTime) {}
