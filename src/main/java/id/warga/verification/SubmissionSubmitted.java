package id.warga.verification;

import java.time.Instant;

/** An RT head's change was handed in for review (again, after a fix, when {@code revision} > 1). */
public record SubmissionSubmitted(
        long submissionId,
        String rtCode,
        String type,
        String submittedBy,
        int revision,
        ReviewLevel awaiting,
        Instant at) {}
