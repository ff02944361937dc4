package id.warga.access.web;

import id.warga.access.Role;
import id.warga.access.internal.Account;
import id.warga.access.internal.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Pengguna", description = "Administrators: accounts, roles, areas, disabling, password resets")
class UserApiController {

    private final UserAccounts accounts;

    UserApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record UserView(
            String username,
            String displayName,
            List<Role> roles,
            List<String> scopes,
            boolean enabled,
            boolean locked,
            boolean passwordMustChange,
            boolean demo,
            Long headId,
            Instant lastLoginAt,
            Instant createdAt) {

        static UserView of(Account a) {
            return new UserView(
                    a.username(),
                    a.displayName(),
                    a.roles().stream().sorted().toList(),
                    a.scopes(),
                    a.enabled(),
                    a.lockedAt(Instant.now()),
                    a.passwordMustChange(),
                    a.demo(),
                    a.headId(),
                    a.lastLoginAt(),
                    a.createdAt());
        }
    }

    record UserPage(List<UserView> users, long total, int page, int size) {}

    @GetMapping
    @Operation(summary = "Accounts, filtered by text (username or name), role and area (scopes inside it)")
    UserPage list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int bounded = Math.max(1, Math.min(200, size));
        return new UserPage(
                accounts.list(q, role, area, page, bounded).stream()
                        .map(UserView::of)
                        .toList(),
                accounts.count(q, role, area),
                Math.max(0, page),
                bounded);
    }

    @GetMapping("/{username}")
    @Operation(summary = "One account")
    UserView get(@PathVariable String username) {
        return UserView.of(accounts.require(username));
    }

    record NewUser(String username, String displayName, String password, Set<Role> roles, List<String> scopes) {}

    record Created(UserView user, String temporaryPassword) {}

    @PostMapping
    @Operation(
            summary = "Create an account",
            description = "Without a password, a temporary one is generated and returned once. Either way the user "
                    + "must choose their own password at the first sign-in.")
    ResponseEntity<Created> create(@RequestBody NewUser user) {
        UserAccounts.Created created = accounts.create(
                new UserAccounts.NewAccount(
                        user.username(), user.displayName(), user.password(), user.roles(), user.scopes()),
                null);
        return ResponseEntity.created(
                        URI.create("/api/users/" + created.account().username()))
                .body(new Created(UserView.of(created.account()), created.temporaryPassword()));
    }

    record Grant(Set<Role> roles, List<String> scopes) {}

    @PutMapping("/{username}/grant")
    @Operation(summary = "Replace the account's roles and areas")
    UserView grant(@PathVariable String username, @RequestBody Grant grant) {
        return UserView.of(accounts.changeGrant(username, grant.roles(), grant.scopes()));
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Disable the account: its sessions and tokens stop working at once")
    UserView disable(@PathVariable String username) {
        return UserView.of(accounts.setEnabled(username, false));
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "Enable the account again")
    UserView enable(@PathVariable String username) {
        return UserView.of(accounts.setEnabled(username, true));
    }

    @PostMapping("/{username}/unlock")
    @Operation(summary = "Lift a lockout after repeated wrong passwords")
    UserView unlock(@PathVariable String username) {
        return UserView.of(accounts.unlock(username));
    }

    record PasswordReset(String password) {}

    record Reset(String temporaryPassword) {}

    @PostMapping("/{username}/password")
    @Operation(
            summary = "Reset the password",
            description = "Sets the given password, or a generated one returned once; the user must change it.")
    Reset reset(@PathVariable String username, @RequestBody(required = false) PasswordReset reset) {
        return new Reset(accounts.resetPassword(username, reset == null ? null : reset.password()));
    }
}
