package id.warga.verification;

import id.warga.region.HeadTerm;

/**
 * Whether the head of an RT or RW earns the month's honor, and why: the head is whoever held the
 * office on the deadline day (a vacant office earns nothing); the unit must have been attested by
 * the deadline; under {@link HonorRule#ATTESTED_BY_DEADLINE_CLEAN}, an RT's checklist must have
 * been clear of waiting submissions and open warnings, and an RW's RTs must all have earned it.
 */
final class HonorRules {

    private HonorRules() {}

    record Decision(boolean eligible, String reason) {}

    static Decision rt(HeadTerm head, AttestationView attestation, HonorRule rule) {
        Decision basic = basic(head, attestation);
        if (basic != null) {
            return basic;
        }
        if (rule == HonorRule.ATTESTED_BY_DEADLINE_CLEAN && !clean(attestation)) {
            return new Decision(false, "NOT_CLEAN");
        }
        return new Decision(true, "ATTESTED_ON_TIME");
    }

    static Decision rw(HeadTerm head, AttestationView attestation, HonorRule rule, boolean everyRtEarned) {
        Decision basic = basic(head, attestation);
        if (basic != null) {
            return basic;
        }
        if (rule == HonorRule.ATTESTED_BY_DEADLINE_CLEAN && !everyRtEarned) {
            return new Decision(false, "RTS_NOT_CLEAN");
        }
        return new Decision(true, "ATTESTED_ON_TIME");
    }

    /** An RT attestation that counts towards its RW under the strict rule: on time and clean. */
    static boolean earnedByUnit(AttestationView attestation, HonorRule rule) {
        return attestation != null
                && attestation.onTime()
                && (rule != HonorRule.ATTESTED_BY_DEADLINE_CLEAN || clean(attestation));
    }

    private static Decision basic(HeadTerm head, AttestationView attestation) {
        if (head == null) {
            return new Decision(false, "NO_HEAD");
        }
        if (attestation == null) {
            return new Decision(false, "NOT_ATTESTED");
        }
        if (!attestation.onTime()) {
            return new Decision(false, "ATTESTED_LATE");
        }
        return null;
    }

    private static boolean clean(AttestationView a) {
        return zero(a.pendingSubmissions()) && zero(a.openWarnings());
    }

    private static boolean zero(Integer count) {
        return count == null || count == 0;
    }
}
