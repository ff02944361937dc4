package id.warga.verification;

/**
 * Where a submission stands: waiting for its first review ({@code SUBMITTED}), verified by a
 * lower level and waiting for the next ({@code VERIFIED}), applied to the registry
 * ({@code APPROVED}), sent back to the RT head ({@code REJECTED}), or withdrawn by them.
 */
public enum SubmissionStatus {
    SUBMITTED,
    VERIFIED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** Waiting for a review. */
    public boolean open() {
        return this == SUBMITTED || this == VERIFIED;
    }

    /** Nothing can happen to it any more. */
    public boolean closed() {
        return this == APPROVED || this == WITHDRAWN;
    }
}
