package id.warga.access.internal;

import java.time.Instant;

/** One entry on its way into the audit trail; {@code detail} is JSON text or null. */
public record AuditRecord(
        Instant at,
        String username,
        AuditAction action,
        String recordType,
        String recordId,
        String area,
        String client,
        String detail) {}
