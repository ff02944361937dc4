package id.warga.verification;

import java.time.Instant;

/** A reviewer below the last level verified a submission; it now waits for {@code next}. */
public record SubmissionVerified(
        long submissionId, String rtCode, ReviewLevel level, String verifiedBy, ReviewLevel next, Instant at) {}
