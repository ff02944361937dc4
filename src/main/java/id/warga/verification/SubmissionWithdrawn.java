package id.warga.verification;

import java.time.Instant;

/** The RT head took back a submission before it was approved. */
public record SubmissionWithdrawn(long submissionId, String rtCode, String withdrawnBy, Instant at) {}
