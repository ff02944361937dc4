package id.warga.verification.web;

import id.warga.population.Listing;
import id.warga.population.RegistryPages;
import id.warga.population.RuleViolationsException;
import id.warga.verification.IllegalTransitionException;
import id.warga.verification.Recheck;
import id.warga.verification.SubmissionSummary;
import id.warga.verification.SubmissionView;
import id.warga.verification.Submissions;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submissions on a phone: the RT head's list with status and reasons, a reviewer's queue, and one
 * submission with the change beside the registry's data, its trail and the actions the user may take.
 */
@Controller
class SubmissionPagesController {

    static final int PAGE_SIZE = 25;

    private final Submissions submissions;
    private final PageText text;

    SubmissionPagesController(Submissions submissions, PageText text) {
        this.submissions = submissions;
        this.text = text;
    }

    @GetMapping("/pengajuan")
    String list(
            @RequestParam(required = false) Submissions.Filter tampil,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        long queue = submissions.waitingForMe();
        Submissions.Filter filter =
                tampil != null ? tampil : queue > 0 ? Submissions.Filter.FOR_ME : Submissions.Filter.ALL;
        Listing<SubmissionSummary> items;
        try {
            items = submissions.list(new Submissions.Query(area, filter, Math.max(0, page), PAGE_SIZE));
        } catch (RuleViolationsException e) {
            model.addAttribute("problem", text.rule(e.violations().get(0)));
            area = null;
            page = 0;
            items = submissions.list(new Submissions.Query(null, filter, 0, PAGE_SIZE));
        }
        model.addAttribute("items", items);
        model.addAttribute("filter", filter);
        model.addAttribute("filters", Submissions.Filter.values());
        model.addAttribute("queue", queue);
        model.addAttribute("area", area);
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("t", text);
        return "verification/submissions";
    }

    @GetMapping("/pengajuan/{id}")
    String show(@PathVariable long id, Model model) {
        SubmissionView view = submissions.get(id);
        Set<String> actions = view.actions();
        boolean reviewing = actions.contains("approve") || actions.contains("verify");
        Recheck recheck = reviewing ? submissions.recheck(id) : Recheck.clean();
        SubmissionSummary s = view.submission();
        model.addAttribute("view", view);
        model.addAttribute("s", s);
        model.addAttribute("recheck", recheck);
        model.addAttribute("t", text);
        model.addAttribute("fixPath", RegistryPages.fixPath(view.command(), s.id(), s.rtCode()));
        model.addAttribute("subjectPath", RegistryPages.subjectPath(s.householdId(), s.rtCode()));
        return "verification/submission";
    }

    @PostMapping("/pengajuan/{id}/periksa")
    String verify(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        return act(id, flash, "verification.done.verified", () -> submissions.verify(id, version));
    }

    @PostMapping("/pengajuan/{id}/setujui")
    String approve(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        return act(id, flash, "verification.done.approved", () -> submissions.approve(id, version));
    }

    @PostMapping("/pengajuan/{id}/tolak")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, "verification.done.rejected", () -> submissions.reject(id, reason, version));
    }

    @PostMapping("/pengajuan/{id}/tarik")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        return act(id, flash, "verification.done.withdrawn", () -> submissions.withdraw(id, version));
    }

    /** Takes the step; a refusal shows on the submission with the rule it broke, and nothing changed. */
    private String act(
            long id, RedirectAttributes flash, String done, java.util.function.Supplier<SubmissionView> step) {
        try {
            SubmissionView view = step.get();
            flash.addFlashAttribute(
                    "saved",
                    text.text(done, view.submission().id(), view.submission().subjectName()));
            if (submissions.waitingForMe() > 0) {
                return "redirect:/pengajuan?tampil=FOR_ME";
            }
            return "redirect:/pengajuan/" + id;
        } catch (IllegalTransitionException e) {
            flash.addFlashAttribute("problem", text.refusal(e));
            return "redirect:/pengajuan/" + id;
        }
    }
}
