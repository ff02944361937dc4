package id.warga.verification;

import java.time.Instant;

/** A reviewer sent a submission back to the RT head with the reason; nothing entered the registry. */
public record SubmissionRejected(
        long submissionId, String rtCode, ReviewLevel level, String rejectedBy, String reason, Instant at) {}
