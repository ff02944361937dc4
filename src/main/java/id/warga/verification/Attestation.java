package id.warga.verification;

import id.warga.shared.web.RefusedException.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * One unit's attestation of one month, made once: an RT head attests the RT with the checklist
 * as it stands, an RW head the RW with how many of its RTs had attested. Only the month it is now
 * can be attested; on or before the deadline day (in the city's calendar) it is on time.
 */
final class Attestation {

    enum Level {
        RT,
        RW
    }

    private Attestation() {}

    /** The month must be the month it is now: an earlier one is closed, a later one not open yet. */
    static void requireOpen(YearMonth month, YearMonth now) {
        if (month.isAfter(now)) {
            throw new IllegalTransitionException(Kind.CONFLICT, "ATTESTATION_MONTH_NOT_OPEN", month.toString());
        }
        if (month.isBefore(now)) {
            throw new IllegalTransitionException(Kind.CONFLICT, "ATTESTATION_MONTH_CLOSED", month.toString());
        }
    }

    /** An RT head attests the RT for the month. */
    static AttestationView rt(RtChecklist checklist, String by, Instant at, YearMonth now, ZoneId zone) {
        requireOpen(checklist.month(), now);
        requireNotYet(checklist.attestation());
        return new AttestationView(
                checklist.rtCode(),
                Level.RT.name(),
                checklist.month(),
                checklist.deadline(),
                by,
                at,
                onTime(at, checklist.deadline(), zone),
                checklist.households(),
                checklist.householdsNotReviewed(),
                checklist.reviewMonths(),
                checklist.workingAge(),
                checklist.labourNotCurrent(),
                checklist.openWarnings(),
                checklist.pendingSubmissions(),
                null,
                null,
                null);
    }

    /**
     * An RW head attests the RW for the month. While some RTs have not attested, the head must
     * acknowledge it ({@code acknowledgeMissing}): the attestation records how many had.
     */
    static AttestationView rw(
            RwChecklist checklist, boolean acknowledgeMissing, String by, Instant at, YearMonth now, ZoneId zone) {
        requireOpen(checklist.month(), now);
        requireNotYet(checklist.attestation());
        long missing = checklist.rts().size() - checklist.attested();
        if (missing > 0 && !acknowledgeMissing) {
            throw new IllegalTransitionException(
                    Kind.CONFLICT,
                    "RW_RTS_NOT_ATTESTED",
                    missing,
                    checklist.rts().size());
        }
        return new AttestationView(
                checklist.rwCode(),
                Level.RW.name(),
                checklist.month(),
                checklist.deadline(),
                by,
                at,
                onTime(at, checklist.deadline(), zone),
                null,
                null,
                null,
                null,
                null,
                null,
                checklist.pendingSubmissions(),
                checklist.rts().size(),
                (int) checklist.attested(),
                (int) checklist.attestedOnTime());
    }

    /** Attested on or before the deadline day, as the city's calendar counts days. */
    static boolean onTime(Instant at, LocalDate deadline, ZoneId zone) {
        return !at.atZone(zone).toLocalDate().isAfter(deadline);
    }

    private static void requireNotYet(AttestationView existing) {
        if (existing != null) {
            throw new IllegalTransitionException(
                    Kind.CONFLICT, "ALREADY_ATTESTED", existing.month().toString(), existing.attestedBy());
        }
    }
}
