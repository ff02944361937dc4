package id.warga.access.web;

import id.warga.access.internal.AuditChainReport;
import id.warga.access.internal.AuditEntries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Jejak audit", description = "Administrators: who read, changed or exported personal data, and logins")
class AuditApiController {

    private final AuditEntries entries;

    AuditApiController(AuditEntries entries) {
        this.entries = entries;
    }

    record AuditPage(List<AuditEntries.Entry> entries, Long next) {}

    @GetMapping
    @Operation(
            summary = "Audit entries, newest first",
            description = "Filter by `user`, `action` (READ, CHANGE, EXPORT, LOGIN_SUCCEEDED, LOGIN_FAILED, …), "
                    + "`area` (entries inside that region code), `from`/`to` (dates in WIB). Page on with "
                    + "`before` = the `next` of the previous answer.")
    AuditPage list(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") int size) {
        int bounded = Math.max(1, Math.min(500, size));
        List<AuditEntries.Entry> found =
                entries.find(new AuditEntries.Filter(user, action, area, from, to, before), bounded);
        Long next = found.size() == bounded ? found.get(found.size() - 1).id() : null;
        return new AuditPage(found, next);
    }

    @GetMapping("/check")
    @Operation(
            summary = "Walk the hash chain",
            description = "`intact` with the head hash (note it somewhere else to anchor the chain), or the first "
                    + "broken place with the problem: `altered`, `removed` or `relinked`.")
    AuditChainReport check() {
        return entries.check();
    }
}
