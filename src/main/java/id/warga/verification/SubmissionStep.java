package id.warga.verification;

import java.time.Instant;

/**
 * One entry of a submission's trail: what happened ({@code action}), at which review level, who
 * did it and when, and why (the reason of a rejection). The trail is never rewritten.
 */
public record SubmissionStep(int revision, Action action, ReviewLevel level, String actor, Instant at, String reason) {

    public enum Action {
        SUBMITTED,
        RESUBMITTED,
        VERIFIED,
        APPROVED,
        REJECTED,
        WITHDRAWN,
        ENTERED
    }
}
