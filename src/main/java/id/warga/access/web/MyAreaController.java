package id.warga.access.web;

import id.warga.access.AccessControl;
import id.warga.access.SignedInUser;
import id.warga.access.internal.ApiTokens;
import id.warga.access.internal.PasswordPolicy;
import id.warga.access.internal.UserAccounts;
import id.warga.region.RegionDirectory;
import id.warga.shared.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My area": who I am, my roles, the areas I hold (each a link to its page), my API tokens, and
 * changing my password. The first page after signing in.
 */
@Controller
class MyAreaController {

    private final AccessControl access;
    private final RegionDirectory regions;
    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final PasswordPolicy policy;

    MyAreaController(
            AccessControl access,
            RegionDirectory regions,
            ApiTokens tokens,
            UserAccounts accounts,
            PasswordPolicy policy) {
        this.access = access;
        this.regions = regions;
        this.tokens = tokens;
        this.accounts = accounts;
        this.policy = policy;
    }

    @GetMapping("/saya")
    String me(Model model) {
        SignedInUser user = user();
        model.addAttribute("user", user);
        model.addAttribute("areas", AreaLink.all(regions, user.scopeCodes()));
        model.addAttribute("tokens", user.id() == 0 ? java.util.List.of() : tokens.list(user.id()));
        return "access/me";
    }

    @PostMapping("/saya/token")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Integer days,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", tokens.create(user(), name, days));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute(
                    "tokenError",
                    e.violations().isEmpty()
                            ? e.messageKey()
                            : e.violations().get(0).message());
        }
        return "redirect:/saya#token";
    }

    @PostMapping("/saya/token/{id}/cabut")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user().id(), id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/saya#token";
    }

    @GetMapping("/saya/kata-sandi")
    String passwordForm(Model model) {
        model.addAttribute("user", user());
        model.addAttribute("minLength", policy.minLength());
        return "access/password";
    }

    @PostMapping("/saya/kata-sandi")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        SignedInUser user = user();
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new BadRequestException(
                        "password_mismatch",
                        java.util.List.of(new id.warga.shared.web.ApiError.Violation(
                                "confirmPassword", "mismatch", "access.password.mismatch")),
                        "access.password.mismatch");
            }
            accounts.changeOwnPassword(user.id(), currentPassword, newPassword);
        } catch (BadRequestException e) {
            model.addAttribute("user", user);
            model.addAttribute("minLength", policy.minLength());
            model.addAttribute(
                    "problems",
                    e.violations().stream().map(v -> v.message()).distinct().toList());
            return "access/password";
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/saya";
    }

    private SignedInUser user() {
        return access.currentUser()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("signed in only"));
    }
}
