package id.warga.access.web;

import id.warga.access.AccessControl;
import id.warga.access.internal.AccessSettings;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: a form posting {@code username} and {@code password} to {@code /login}. */
@Controller
class LoginController {

    private final AccessControl access;
    private final AccessSettings settings;

    LoginController(AccessControl access, AccessSettings settings) {
        this.access = access;
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String expired,
            HttpSession session,
            Model model) {
        if (access.currentUser().isPresent() && error == null) {
            return "redirect:/saya";
        }
        String reason = error == null
                ? null
                : switch (error) {
                    case "locked", "disabled", "throttled" -> error;
                    default -> "credentials";
                };
        model.addAttribute("error", reason);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("lockoutMinutes", settings.login().lockout().toMinutes());
        model.addAttribute("lastUsername", session.getAttribute("warga.login.username"));
        model.addAttribute("demoAccounts", settings.demoAccounts());
        return "access/login";
    }
}
