package id.warga.verification;

/**
 * When an RT or RW head earns the month's honor. {@code ATTESTED_BY_DEADLINE}: the unit was
 * attested on or before the deadline day. {@code ATTESTED_BY_DEADLINE_CLEAN}: as well, nothing
 * was waiting for review and no warning was open when the RT attested (for an RW: every RT of it
 * earned it too).
 */
public enum HonorRule {
    ATTESTED_BY_DEADLINE,
    ATTESTED_BY_DEADLINE_CLEAN
}
