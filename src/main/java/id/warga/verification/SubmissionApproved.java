package id.warga.verification;

import java.time.Instant;

/**
 * A change entered the registry: approved at the last review level, or entered directly by an
 * officer ({@code direct}). The registry published its own statistics events in the same
 * transaction.
 */
public record SubmissionApproved(
        long submissionId,
        String rtCode,
        String type,
        String approvedBy,
        boolean direct,
        Long householdId,
        Long residentId,
        Instant at) {}
