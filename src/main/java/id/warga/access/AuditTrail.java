package id.warga.access;

import id.warga.region.RegionCode;
import org.springframework.stereotype.Service;

/**
 * The append-only record of who read, changed or exported personal data. Modules call it at the
 * moment of access; it never stores a password or a token.
 */
@Service
public class AuditTrail {

    /** A full personal record (e.g. a resident with NIK) was shown to the acting user. */
    public void recordRead(String recordType, String recordId, RegionCode area) {}

    /** Personal data changed; before and after are the record's views (null for create/delete). */
    public void recordChange(String recordType, String recordId, RegionCode area, Object before, Object after) {}

    /** Rows of personal data left the system in a file. */
    public void recordExport(RegionCode area, String what, long rows) {}
}
