package id.warga.access.internal;

import id.warga.access.AccessControl;
import id.warga.access.Role;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import id.warga.shared.web.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and keeping user accounts: roles and the areas they cover, enabling and disabling,
 * setting and resetting passwords. Every change is audited and takes effect on the user's next
 * request, also in a session that is already open.
 */
@Service
public class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    private final AccountRepository accounts;
    private final AccountGrants grants;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final AccessControl access;

    UserAccounts(
            AccountRepository accounts,
            AccountGrants grants,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            RegionDirectory regions,
            AuditLog audit,
            AccessControl access) {
        this.accounts = accounts;
        this.grants = grants;
        this.encoder = encoder;
        this.policy = policy;
        this.regions = regions;
        this.audit = audit;
        this.access = access;
    }

    /** What an administrator asks for; a blank password makes a temporary one to hand over. */
    public record NewAccount(
            String username, String displayName, String password, Collection<Role> roles, Collection<String> scopes) {}

    /** The account made, with the temporary password when one was generated (shown once). */
    public record Created(Account account, String temporaryPassword) {}

    public Account require(String username) {
        return accounts.find(normalize(username))
                .orElseThrow(() -> new NotFoundException("access.user.not-found", username));
    }

    public java.util.Optional<Account> find(long id) {
        return accounts.find(id);
    }

    public java.util.Optional<Account> findByHead(long headId) {
        return accounts.findByHead(headId);
    }

    public List<Account> list(String text, Role role, String area, int page, int size) {
        return accounts.list(text, role, area, Math.max(0, page) * size, size);
    }

    public long count(String text, Role role, String area) {
        return accounts.count(text, role, area);
    }

    public boolean usernameTaken(String username) {
        return accounts.usernameTaken(normalize(username));
    }

    @Transactional
    public Created create(NewAccount request, Long headId) {
        List<ApiError.Violation> broken = new ArrayList<>();
        String username = normalize(request.username());
        if (!USERNAME.matcher(username).matches()) {
            broken.add(new ApiError.Violation("username", "pattern", "access.user.username-pattern"));
        } else if (accounts.usernameTaken(username)) {
            broken.add(new ApiError.Violation("username", "taken", "access.user.username-taken"));
        }
        String displayName =
                request.displayName() == null ? "" : request.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 100) {
            broken.add(new ApiError.Violation("displayName", "required", "access.user.display-name"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(request.roles() == null ? List.of() : request.roles());
        List<String> scopes = grantViolations(roles, request.scopes(), broken);
        String password = request.password();
        boolean generated = password == null || password.isEmpty();
        if (generated) {
            password = policy.temporary();
        } else {
            broken.addAll(policy.violations(username, password, "password"));
        }
        if (!broken.isEmpty()) {
            throw new BadRequestException("invalid_account", broken, "error.validation-failed");
        }
        long id = accounts.insert(username, displayName, encoder.encode(password), true, false, headId, roles, scopes);
        Account account = accounts.find(id).orElseThrow();
        audit.appendWithTransaction(record(AuditAction.ACCOUNT_CREATED, account, grantDetail(account)));
        return new Created(account, generated ? password : null);
    }

    /** Replaces the roles and areas of an account. */
    @Transactional
    public Account changeGrant(String username, Collection<Role> newRoles, Collection<String> newScopes) {
        Account account = require(username);
        List<ApiError.Violation> broken = new ArrayList<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(newRoles == null ? List.of() : newRoles);
        List<String> scopes = grantViolations(roles, newScopes, broken);
        if (!broken.isEmpty()) {
            throw new BadRequestException("invalid_account", broken, "error.validation-failed");
        }
        if (account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", grantDetail(account));
        accounts.replaceRoles(account.id(), roles);
        accounts.replaceScopes(account.id(), scopes);
        Account changed = accounts.find(account.id()).orElseThrow();
        detail.put("after", grantDetail(changed));
        audit.appendWithTransaction(record(AuditAction.ACCOUNT_CHANGED, changed, detail));
        grants.evict(account.id());
        return changed;
    }

    /** Adds a role and its area to an account (a head who takes office in another unit). */
    @Transactional
    public Account addGrant(long id, Role role, String scope) {
        Account account = accounts.find(id).orElseThrow(() -> new NotFoundException("access.user.not-found", id));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.roles());
        roles.add(role);
        List<String> scopes = new ArrayList<>(account.scopes());
        if (scope != null && !scopes.contains(scope)) {
            scopes.add(scope);
        }
        return changeGrant(account.username(), roles, scopes);
    }

    @Transactional
    public Account setEnabled(String username, boolean enabled) {
        Account account = require(username);
        if (!enabled && account.roles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        accounts.setEnabled(account.id(), enabled);
        audit.appendWithTransaction(
                record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, account, null));
        grants.evict(account.id());
        return accounts.find(account.id()).orElseThrow();
    }

    /** An administrator sets a new password (blank: a temporary one); the user must replace it. */
    @Transactional
    public String resetPassword(String username, String password) {
        Account account = require(username);
        boolean generated = password == null || password.isEmpty();
        String value = generated ? policy.temporary() : password;
        if (!generated) {
            policy.require(account.username(), value, "password");
        }
        accounts.setPassword(account.id(), encoder.encode(value), true);
        audit.appendWithTransaction(record(AuditAction.PASSWORD_RESET, account, null));
        grants.evict(account.id());
        return generated ? value : null;
    }

    /** The user replaces their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(long id, String current, String password) {
        Account account = accounts.find(id).orElseThrow(() -> new NotFoundException("access.user.not-found", id));
        String hash = accounts.passwordHash(id).orElseThrow();
        if (current == null || !encoder.matches(current, hash)) {
            throw new BadRequestException(
                    "wrong_password",
                    List.of(new ApiError.Violation("currentPassword", "wrong", "access.password.current-wrong")),
                    "access.password.current-wrong");
        }
        if (encoder.matches(password == null ? "" : password, hash)) {
            throw new BadRequestException(
                    "same_password",
                    List.of(new ApiError.Violation("newPassword", "same", "access.password.same")),
                    "access.password.same");
        }
        policy.require(account.username(), password, "newPassword");
        accounts.setPassword(id, encoder.encode(password), false);
        audit.appendWithTransaction(record(AuditAction.PASSWORD_CHANGED, account, null));
        grants.evict(id);
    }

    @Transactional
    public Account unlock(String username) {
        Account account = require(username);
        accounts.unlock(account.id());
        audit.appendWithTransaction(record(AuditAction.ACCOUNT_UNLOCKED, account, null));
        return accounts.find(account.id()).orElseThrow();
    }

    /** A free username made from a person's name: "Budi Santoso" gives budi.santoso, budi.santoso2… */
    public String suggestUsername(String name) {
        String base = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ")
                .trim();
        String[] words = base.isEmpty() ? new String[] {"pengguna"} : base.split("\\s+");
        String candidate = words.length == 1 ? words[0] : words[0] + "." + words[words.length - 1];
        if (candidate.length() < 3) {
            candidate = candidate + "rt";
        }
        candidate = candidate.length() > 34 ? candidate.substring(0, 34) : candidate;
        String username = candidate;
        for (int n = 2; accounts.usernameTaken(username); n++) {
            username = candidate + n;
        }
        return username;
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Checks that every area exists at the level of a role held, and every area role has an area. */
    private List<String> grantViolations(
            Set<Role> roles, Collection<String> requested, List<ApiError.Violation> broken) {
        if (roles.isEmpty()) {
            broken.add(new ApiError.Violation("roles", "required", "access.user.roles-required"));
        }
        Set<String> scopes = new TreeSet<>();
        Set<RegionLevel> levels = EnumSet.noneOf(RegionLevel.class);
        for (String value : requested == null ? List.<String>of() : requested) {
            if (value == null || value.isBlank()) {
                continue;
            }
            RegionCode code = RegionCode.tryParse(value).orElse(null);
            if (code == null || regions.find(code).isEmpty()) {
                broken.add(new ApiError.Violation("scopes", "unknown", "access.user.scope-unknown"));
                continue;
            }
            boolean matches = roles.stream()
                    .anyMatch(role -> role.scopeLevel()
                            .map(level -> level == code.level())
                            .orElse(false));
            if (!matches) {
                broken.add(new ApiError.Violation("scopes", "level", "access.user.scope-level"));
                continue;
            }
            scopes.add(code.value());
            levels.add(code.level());
        }
        for (Role role : roles) {
            role.scopeLevel().ifPresent(level -> {
                if (!levels.contains(level)) {
                    broken.add(new ApiError.Violation("scopes", "missing", "access.user.scope-missing"));
                }
            });
        }
        return List.copyOf(scopes);
    }

    private void requireAnotherAdministrator(Account account) {
        if (accounts.enabledAdministratorsOtherThan(account.id()) == 0) {
            throw new BadRequestException("last_administrator", "access.user.last-admin");
        }
    }

    private AuditRecord record(AuditAction action, Account account, Object detail) {
        return audit.record(
                access.currentUsername().orElse("(sistem)"), action, "account", account.username(), null, detail);
    }

    private static Map<String, Object> grantDetail(Account account) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put(
                "roles", new TreeSet<>(account.roles().stream().map(Role::name).toList()));
        detail.put("scopes", account.scopes());
        return detail;
    }
}
