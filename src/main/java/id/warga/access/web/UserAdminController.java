package id.warga.access.web;

import id.warga.access.Role;
import id.warga.access.internal.Account;
import id.warga.access.internal.HeadAccounts;
import id.warga.access.internal.PasswordPolicy;
import id.warga.access.internal.UserAccounts;
import id.warga.region.RegionDirectory;
import id.warga.shared.web.BadRequestException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for accounts: find, create, change roles and areas, disable, reset, unlock. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    static final int PAGE = 50;

    private final UserAccounts accounts;
    private final HeadAccounts heads;
    private final PasswordPolicy policy;
    private final RegionDirectory regions;

    UserAdminController(UserAccounts accounts, HeadAccounts heads, PasswordPolicy policy, RegionDirectory regions) {
        this.accounts = accounts;
        this.heads = heads;
        this.policy = policy;
        this.regions = regions;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("users", accounts.count(null, null, null));
        model.addAttribute("offers", heads.countOpen(null));
        return "access/admin/index";
    }

    @GetMapping("/admin/pengguna")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Role filterRole = Role.tryParse(role).orElse(null);
        long total = accounts.count(q, filterRole, area);
        model.addAttribute("users", accounts.list(q, filterRole, area, page, PAGE));
        model.addAttribute("total", total);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("more", (long) (Math.max(0, page) + 1) * PAGE < total);
        model.addAttribute("q", q);
        model.addAttribute("role", filterRole);
        model.addAttribute("area", area);
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", Instant.now());
        return "access/admin/users";
    }

    @GetMapping("/admin/pengguna/baru")
    String newUser(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("minLength", policy.minLength());
        return "access/admin/user-new";
    }

    @PostMapping("/admin/pengguna")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String scopes,
            Model model,
            RedirectAttributes redirect) {
        try {
            UserAccounts.Created created = accounts.create(
                    new UserAccounts.NewAccount(username, displayName, password, roles(roles), codes(scopes)), null);
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            redirect.addFlashAttribute("created", true);
            return "redirect:/admin/pengguna/" + created.account().username();
        } catch (BadRequestException e) {
            model.addAttribute("problems", problems(e));
            model.addAttribute("roles", Role.values());
            model.addAttribute("minLength", policy.minLength());
            model.addAttribute("form", new Form(username, displayName, roles(roles), scopes));
            return "access/admin/user-new";
        }
    }

    record Form(String username, String displayName, Set<Role> roles, String scopes) {}

    @GetMapping("/admin/pengguna/{username}")
    String user(@PathVariable String username, Model model) {
        Account account = accounts.require(username);
        model.addAttribute("account", account);
        model.addAttribute("areas", AreaLink.all(regions, account.scopes()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("locked", account.lockedAt(Instant.now()));
        model.addAttribute("scopeText", String.join("\n", account.scopes()));
        model.addAttribute("zone", id.warga.access.internal.AuditEntries.WIB);
        return "access/admin/user";
    }

    @PostMapping("/admin/pengguna/{username}/hak")
    String grant(
            @PathVariable String username,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String scopes,
            RedirectAttributes redirect) {
        return act(
                username,
                redirect,
                () -> accounts.changeGrant(username, roles(roles), codes(scopes)),
                "access.admin.saved");
    }

    @PostMapping("/admin/pengguna/{username}/nonaktifkan")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, () -> accounts.setEnabled(username, false), "access.admin.disabled");
    }

    @PostMapping("/admin/pengguna/{username}/aktifkan")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, () -> accounts.setEnabled(username, true), "access.admin.enabled");
    }

    @PostMapping("/admin/pengguna/{username}/buka-kunci")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, () -> accounts.unlock(username), "access.admin.unlocked");
    }

    @PostMapping("/admin/pengguna/{username}/reset-sandi")
    String reset(@PathVariable String username, RedirectAttributes redirect) {
        accounts.require(username);
        redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(username, null));
        return "redirect:/admin/pengguna/" + username;
    }

    private String act(String username, RedirectAttributes redirect, Runnable action, String done) {
        accounts.require(username);
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("problems", problems(e));
        }
        return "redirect:/admin/pengguna/" + username;
    }

    static List<String> problems(BadRequestException e) {
        if (e.violations().isEmpty()) {
            return List.of(e.messageKey());
        }
        return e.violations().stream().map(v -> v.message()).distinct().toList();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> Role.tryParse(name).ifPresent(roles::add));
        }
        return roles;
    }

    /** Area codes typed one per line, or separated by commas or spaces. */
    private static List<String> codes(String text) {
        return Arrays.stream(text.split("[\\s,;]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
