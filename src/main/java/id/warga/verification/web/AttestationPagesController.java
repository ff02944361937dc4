package id.warga.verification.web;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.region.RegionCode;
import id.warga.region.RegionLevel;
import id.warga.shared.web.NotFoundException;
import id.warga.verification.Attestations;
import id.warga.verification.IllegalTransitionException;
import id.warga.verification.VerificationSettings;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monthly attestation on a phone: the checklist first, then one tap to attest. */
@Controller
class AttestationPagesController {

    private final Attestations attestations;
    private final AccessControl access;
    private final VerificationSettings settings;
    private final PageText text;

    AttestationPagesController(
            Attestations attestations, AccessControl access, VerificationSettings settings, PageText text) {
        this.attestations = attestations;
        this.access = access;
        this.settings = settings;
        this.text = text;
    }

    /** An RT or RW head goes to their own unit; officers to the completeness of their area. */
    @GetMapping("/pengesahan")
    String start() {
        AreaScope scope = access.currentScope();
        if (!scope.unrestricted() && scope.roots().size() == 1) {
            RegionCode root = scope.roots().iterator().next();
            if (root.level() == RegionLevel.RT || root.level() == RegionLevel.RW) {
                return "redirect:/pengesahan/" + root.value();
            }
        }
        return "redirect:/kelengkapan";
    }

    @GetMapping("/pengesahan/{code}")
    String checklist(@PathVariable String code, Model model) {
        RegionCode unit = unit(code);
        model.addAttribute("t", text);
        model.addAttribute("month", settings.currentMonth());
        if (unit.level() == RegionLevel.RT) {
            model.addAttribute("c", attestations.rtChecklist(unit));
            return "verification/attest-rt";
        }
        model.addAttribute("c", attestations.rwChecklist(unit));
        return "verification/attest-rw";
    }

    @PostMapping("/pengesahan/{code}")
    String attest(
            @PathVariable String code,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String confirm,
            @RequestParam(required = false) String acknowledgeMissing,
            RedirectAttributes flash) {
        RegionCode unit = unit(code);
        YearMonth which = month == null || month.isBlank() ? settings.currentMonth() : YearMonth.parse(month);
        if (confirm == null) {
            flash.addFlashAttribute("problem", text.text("attestation.confirm.required"));
            return "redirect:/pengesahan/" + unit.value();
        }
        try {
            var made = unit.level() == RegionLevel.RT
                    ? attestations.attestRt(unit, which)
                    : attestations.attestRw(unit, which, acknowledgeMissing != null);
            flash.addFlashAttribute(
                    "saved",
                    text.text(
                            made.onTime() ? "attestation.saved.onTime" : "attestation.saved.late",
                            text.moment(made.attestedAt())));
        } catch (IllegalTransitionException e) {
            flash.addFlashAttribute("problem", text.refusal(e));
        }
        return "redirect:/pengesahan/" + unit.value();
    }

    private static RegionCode unit(String code) {
        RegionCode unit =
                RegionCode.tryParse(code).orElseThrow(() -> new NotFoundException("error.region.not-found", code));
        if (unit.level() != RegionLevel.RT && unit.level() != RegionLevel.RW) {
            throw new NotFoundException("error.region.not-found", code);
        }
        return unit;
    }
}
