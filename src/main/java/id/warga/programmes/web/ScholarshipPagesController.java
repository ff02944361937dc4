package id.warga.programmes.web;

import id.warga.access.AccessControl;
import id.warga.access.Role;
import id.warga.programmes.NewScholarship;
import id.warga.programmes.ProgrammeRuleException;
import id.warga.programmes.ProgrammeSettings;
import id.warga.programmes.ScholarshipStatus;
import id.warga.programmes.ScholarshipView;
import id.warga.programmes.Scholarships;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scholarships for officers: the list in their area with the quota, the application form, one scholarship with its actions. */
@Controller
class ScholarshipPagesController {

    private final Scholarships scholarships;
    private final AccessControl access;
    private final ProgrammeSettings settings;
    private final ProgrammeText text;

    ScholarshipPagesController(
            Scholarships scholarships, AccessControl access, ProgrammeSettings settings, ProgrammeText text) {
        this.scholarships = scholarships;
        this.access = access;
        this.settings = settings;
        this.text = text;
    }

    @GetMapping("/program/beasiswa")
    String list(@RequestParam(required = false) ScholarshipStatus status, Model model) {
        model.addAttribute("items", scholarships.list(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ScholarshipStatus.values());
        model.addAttribute("quota", scholarships.quota());
        model.addAttribute("rules", settings.scholarship());
        model.addAttribute(
                "perSemester",
                id.warga.programmes.Rupiah.of(settings.scholarship().perSemester()));
        model.addAttribute(
                "mayApply", access.hasRole(Role.KELURAHAN) || access.hasRole(Role.CITY) || access.hasRole(Role.ADMIN));
        model.addAttribute("t", text);
        return "programmes/scholarships";
    }

    @PostMapping("/program/beasiswa")
    String apply(
            @RequestParam(required = false) String nik,
            @RequestParam(required = false) String university,
            @RequestParam(required = false) String studyProgramme,
            @RequestParam(required = false) Integer semester,
            @RequestParam(required = false) String gpa,
            RedirectAttributes flash) {
        try {
            ScholarshipView s =
                    scholarships.apply(new NewScholarship(nik, university, studyProgramme, semester, gpa(gpa)));
            flash.addFlashAttribute("saved", text.text("programmes.scholarship.done.applied", s.place()));
            return "redirect:/program/beasiswa/" + s.id();
        } catch (ProgrammeRuleException e) {
            flash.addFlashAttribute("problem", text.refusal(e));
            return "redirect:/program/beasiswa";
        }
    }

    @GetMapping("/program/beasiswa/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("s", scholarships.get(id));
        model.addAttribute("rules", settings.scholarship());
        model.addAttribute("t", text);
        return "programmes/scholarship";
    }

    @PostMapping("/program/beasiswa/{id}/berikan")
    String award(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        return act(id, flash, "programmes.scholarship.done.awarded", () -> scholarships.award(id, version));
    }

    @PostMapping("/program/beasiswa/{id}/tolak")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, "programmes.scholarship.done.rejected", () -> scholarships.reject(id, version, reason));
    }

    @PostMapping("/program/beasiswa/{id}/akhiri")
    String end(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, "programmes.scholarship.done.ended", () -> scholarships.end(id, version, reason));
    }

    @PostMapping("/program/beasiswa/{id}/pencairan")
    String disburse(
            @PathVariable long id,
            @RequestParam(required = false) Integer semester,
            @RequestParam(required = false) String gpa,
            RedirectAttributes flash) {
        return act(id, flash, "programmes.scholarship.done.paid", () -> scholarships.disburse(id, semester, gpa(gpa)));
    }

    private String act(long id, RedirectAttributes flash, String done, Supplier<ScholarshipView> step) {
        text.step(flash, () -> text.text(done, step.get().place()));
        return "redirect:/program/beasiswa/" + id;
    }

    /** "3,45" or "3.45"; an unreadable GPA becomes one out of range, which the rules name. */
    private static BigDecimal gpa(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }
}
