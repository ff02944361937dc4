package id.warga.population;

import id.warga.shared.rules.RuleViolation;

/**
 * Where a resident stands, derived from their life events: alive (counted where they live), dead,
 * moved out of the city, or missing. Each event is a transition that is only legal from certain
 * states; an illegal one names the rule it breaks.
 */
public enum LifeStatus {
    ALIVE,
    DEAD,
    MOVED_OUT,
    MISSING;

    /** The state after the event, or a {@link RuleViolationsException} naming {@code EVENT_NOT_ALLOWED}. */
    public LifeStatus after(LifeEventKind kind) {
        LifeStatus next = switch (kind) {
            case DEATH -> this == ALIVE || this == MISSING ? DEAD : null;
            case MOVE_OUT -> this == ALIVE ? MOVED_OUT : null;
            case MISSING -> this == ALIVE ? MISSING : null;
            case RETURN, MOVE_IN -> this == MISSING || this == MOVED_OUT ? ALIVE : null;
            case MOVE_WITHIN, HOUSEHOLD_SPLIT -> this == ALIVE ? ALIVE : null;
            case BIRTH, NEW_HOUSEHOLD -> null;
        };
        if (next == null) {
            throw new RuleViolationsException(java.util.List.of(RuleViolation.error(
                    "EVENT_NOT_ALLOWED", "kind", Labels.of("event.kind." + kind), Labels.of("life.status." + this))));
        }
        return next;
    }

    /** True while the statistics count the resident where they live. */
    public boolean counted() {
        return this == ALIVE;
    }
}
