package id.warga.verification;

import java.time.Instant;

/**
 * A submission as lists show it: what kind of change, about whom, in which RT, where it stands
 * ({@code awaiting}: the level whose review it waits for), who handed it in and when, and for a
 * decided one who decided and why it was sent back. {@code version} goes with a review action.
 */
public record SubmissionSummary(
        long id,
        String type,
        SubmissionStatus status,
        ReviewLevel awaiting,
        String rtCode,
        String place,
        Long householdId,
        Long residentId,
        String subjectName,
        boolean direct,
        int revision,
        String submittedBy,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        int version) {}
