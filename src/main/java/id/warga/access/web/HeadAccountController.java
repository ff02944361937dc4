package id.warga.access.web;

import id.warga.access.internal.HeadAccounts;
import id.warga.shared.web.BadRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' page of newly appointed heads: one tap creates the head's account for the unit. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HeadAccountController {

    private final HeadAccounts heads;

    HeadAccountController(HeadAccounts heads) {
        this.heads = heads;
    }

    @GetMapping("/admin/kepala-wilayah")
    String offers(
            @RequestParam(required = false) String area, @RequestParam(defaultValue = "0") int page, Model model) {
        long total = heads.countOpen(area);
        int current = Math.max(0, page);
        model.addAttribute("offers", heads.open(area, current, UserAdminController.PAGE));
        model.addAttribute("total", total);
        model.addAttribute("area", area);
        model.addAttribute("page", current);
        model.addAttribute("more", (long) (current + 1) * UserAdminController.PAGE < total);
        return "access/admin/heads";
    }

    @PostMapping("/admin/kepala-wilayah/{termId}/akun")
    String create(
            @PathVariable long termId,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(required = false) String area,
            RedirectAttributes redirect) {
        try {
            HeadAccounts.Result result = heads.create(termId, username, null);
            redirect.addFlashAttribute("madeFor", result.account().displayName());
            redirect.addFlashAttribute("madeUsername", result.account().username());
            redirect.addFlashAttribute("temporaryPassword", result.temporaryPassword());
            redirect.addFlashAttribute("addedToExisting", result.addedToExisting());
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", UserAdminController.problems(e));
        }
        return area == null || area.isBlank()
                ? "redirect:/admin/kepala-wilayah"
                : "redirect:/admin/kepala-wilayah?area=" + area;
    }

    @PostMapping("/admin/kepala-wilayah/{termId}/abaikan")
    String dismiss(@PathVariable long termId, RedirectAttributes redirect) {
        heads.dismiss(termId);
        redirect.addFlashAttribute("dismissed", true);
        return "redirect:/admin/kepala-wilayah";
    }
}
