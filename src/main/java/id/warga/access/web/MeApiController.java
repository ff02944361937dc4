package id.warga.access.web;

import id.warga.access.AccessControl;
import id.warga.access.Role;
import id.warga.access.SignedInUser;
import id.warga.access.internal.ApiTokens;
import id.warga.access.internal.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
@Tag(name = "Akun saya", description = "The signed-in user: roles, areas, password and personal API tokens")
class MeApiController {

    private final AccessControl access;
    private final ApiTokens tokens;
    private final UserAccounts accounts;

    MeApiController(AccessControl access, ApiTokens tokens, UserAccounts accounts) {
        this.access = access;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    record Me(String username, String displayName, List<Role> roles, List<String> scopes, boolean cityWide) {}

    @GetMapping
    @Operation(summary = "Who I am: username, roles and the area codes I hold (city-wide roles hold none)")
    Me me() {
        SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("signed in only"));
        return new Me(
                user.username(),
                user.displayName(),
                user.roles().stream().sorted().toList(),
                user.scopeCodes(),
                user.cityWide());
    }

    record PasswordChange(
            @NotBlank String currentPassword, @NotBlank String newPassword) {}

    @PutMapping("/password")
    @Operation(summary = "Replace my password (minimum strength applies)")
    ResponseEntity<Void> password(@Valid @RequestBody PasswordChange change) {
        accounts.changeOwnPassword(user().id(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    @Operation(summary = "My personal API tokens (never the tokens themselves)")
    List<ApiTokens.TokenView> tokens() {
        return tokens.list(user().id());
    }

    record TokenRequest(String name, Integer expiresInDays) {}

    @PostMapping("/tokens")
    @Operation(
            summary = "Make a personal API token",
            description =
                    "The token is in the answer once and never again; send it as `Authorization: Bearer <token>`.")
    ResponseEntity<ApiTokens.NewToken> createToken(@RequestBody TokenRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.create(user(), request.name(), request.expiresInDays()));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my tokens")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(user().id(), id);
        return ResponseEntity.noContent().build();
    }

    private SignedInUser user() {
        SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("signed in only"));
        if (user.id() == 0) {
            throw new AccessDeniedException("no account");
        }
        return user;
    }
}
