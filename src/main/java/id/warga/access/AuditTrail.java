package id.warga.access;

import id.warga.access.internal.AuditAction;
import id.warga.access.internal.AuditLog;
import id.warga.region.RegionCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The append-only record of who read, changed or exported personal data. Modules call it at the
 * moment of access; it costs the caller a queue insert (a change inside a transaction is written
 * in that transaction). It never stores a password or a token: properties named like one are
 * dropped from the recorded views.
 */
@Service
public class AuditTrail {

    private final AuditLog log;
    private final AccessControl access;

    AuditTrail(AuditLog log, AccessControl access) {
        this.log = log;
        this.access = access;
    }

    /** A full personal record (e.g. a resident with NIK) was shown to the acting user. */
    public void recordRead(String recordType, String recordId, RegionCode area) {
        log.append(log.record(actor(), AuditAction.READ, recordType, recordId, code(area), null));
    }

    /** Personal data changed; before and after are the record's views (null for create/delete). */
    public void recordChange(String recordType, String recordId, RegionCode area, Object before, Object after) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", before);
        detail.put("after", after);
        log.appendWithTransaction(log.record(actor(), AuditAction.CHANGE, recordType, recordId, code(area), detail));
    }

    /** Rows of personal data left the system in a file. */
    public void recordExport(RegionCode area, String what, long rows) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("what", what);
        detail.put("rows", rows);
        log.append(log.record(actor(), AuditAction.EXPORT, null, null, code(area), detail));
    }

    /** Writes and seals every entry recorded so far (normally done within a second). */
    public void flush() {
        log.flush();
    }

    /** The acting user; "(anonim)" for a visitor who is not signed in, "(sistem)" for background work. */
    private String actor() {
        return access.currentUsername()
                .orElse(RequestContextHolder.getRequestAttributes() == null ? "(sistem)" : "(anonim)");
    }

    private static String code(RegionCode area) {
        return area == null ? null : area.value();
    }
}
