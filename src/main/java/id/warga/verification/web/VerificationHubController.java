package id.warga.verification.web;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.access.Role;
import id.warga.region.RegionCode;
import id.warga.region.RegionLevel;
import id.warga.verification.AttestationView;
import id.warga.verification.Attestations;
import id.warga.verification.Submissions;
import id.warga.verification.VerificationSettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where validation starts for each user: what waits for them, this month's attestation, completeness, honor. */
@Controller
class VerificationHubController {

    private final Submissions submissions;
    private final Attestations attestations;
    private final AccessControl access;
    private final VerificationSettings settings;
    private final PageText text;

    VerificationHubController(
            Submissions submissions,
            Attestations attestations,
            AccessControl access,
            VerificationSettings settings,
            PageText text) {
        this.submissions = submissions;
        this.attestations = attestations;
        this.access = access;
        this.settings = settings;
        this.text = text;
    }

    @GetMapping("/verifikasi")
    String hub(Model model) {
        AreaScope scope = access.currentScope();
        List<Unit> units = new ArrayList<>();
        if (!scope.unrestricted()) {
            for (RegionCode root : scope.roots()) {
                if (root.level() == RegionLevel.RT || root.level() == RegionLevel.RW) {
                    AttestationView made = attestations.inArea(root, settings.currentMonth()).stream()
                            .filter(a -> a.unitCode().equals(root.value()))
                            .findFirst()
                            .orElse(null);
                    units.add(new Unit(root.value(), root.level().name(), made));
                }
            }
        }
        model.addAttribute("units", units);
        model.addAttribute("queue", submissions.waitingForMe());
        model.addAttribute("month", settings.currentMonth());
        model.addAttribute("deadline", settings.deadline(settings.currentMonth()));
        model.addAttribute(
                "honorReader",
                access.hasRole(Role.CITY)
                        || access.hasRole(Role.ADMIN)
                        || access.hasRole(Role.KECAMATAN)
                        || access.hasRole(Role.KELURAHAN));
        model.addAttribute("t", text);
        return "verification/hub";
    }

    /** An RT or RW the user heads, and its attestation of the month if made. */
    record Unit(String code, String level, AttestationView attestation) {}
}
