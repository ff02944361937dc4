package id.warga.access.internal;

/**
 * The result of walking the audit trail's hash chain: intact, or the first place where it breaks
 * and why ({@code altered}: an entry or its seal no longer matches; {@code removed}: an entry or a
 * seal is missing; {@code relinked}: a seal does not point at its predecessor).
 */
public record AuditChainReport(
        boolean intact,
        long checked,
        long pending,
        String headHash,
        Long brokenAt,
        Long brokenEntryId,
        String problem) {

    static AuditChainReport intact(long checked, long pending, String headHash) {
        return new AuditChainReport(true, checked, pending, headHash, null, null, null);
    }

    static AuditChainReport broken(long checked, long pending, long place, Long entryId, String problem) {
        return new AuditChainReport(false, checked, pending, null, place, entryId, problem);
    }
}
