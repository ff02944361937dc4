package id.warga.access.web;

import id.warga.access.internal.AuditAction;
import id.warga.access.internal.AuditEntries;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators' view of the audit trail, with filters and the hash-chain check. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final int PAGE = 100;

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "false") boolean check,
            Model model) {
        List<AuditEntries.Entry> found =
                entries.find(new AuditEntries.Filter(user, action, area, from, to, before), PAGE);
        model.addAttribute("entries", found);
        model.addAttribute(
                "next", found.size() == PAGE ? found.get(found.size() - 1).id() : null);
        model.addAttribute("user", user);
        model.addAttribute("action", action);
        model.addAttribute("area", area);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("zone", AuditEntries.WIB);
        if (check) {
            model.addAttribute("report", entries.check());
        }
        return "access/admin/audit";
    }
}
