package id.warga.programmes;

import java.time.Instant;

/** One transition of a plan: what was done, from which state to which, by whom, when and why. */
public record PlanStep(Action action, PlanStatus from, PlanStatus to, String actor, Instant at, String reason) {

    public enum Action {
        CREATED,
        SUBMITTED,
        VERIFIED,
        APPROVED,
        RETURNED
    }
}
