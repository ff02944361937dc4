package id.warga.access.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, for the login form and HTTP Basic alike. A client address that
 * failed too often is refused before any password is checked; an account locks after repeated
 * wrong passwords; every failure is audited (naming the account only when it exists, since a
 * mistyped username is sometimes a password). Demo accounts, whose password is public, are never
 * locked nor throttled, so nobody can lock visitors out of a demo.
 */
@Component
public class PasswordLogin implements AuthenticationProvider {

    /** Refused because the client address failed too often. */
    public static class ThrottledException extends AuthenticationException {
        ThrottledException() {
            super("too many failed attempts from this address");
        }
    }

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AccessSettings settings;
    private final AuditLog audit;
    private final String unknownUserHash;

    PasswordLogin(
            AccountRepository accounts,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            AccessSettings settings,
            AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.settings = settings;
        this.audit = audit;
        // checking a password against this keeps an unknown username as slow as a known one
        this.unknownUserHash = encoder.encode("no such account");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = UserAccounts.normalize(attempt.getName());
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<Account> found = accounts.find(username);
        boolean demo = found.map(Account::demo).orElse(false);

        if (!demo && throttle.blocked(client)) {
            fail(found, client, "throttled");
            throw new ThrottledException();
        }
        if (found.isEmpty()) {
            encoder.matches(password, unknownUserHash);
            throttle.failed(client);
            fail(found, client, "unknown_user");
            throw new BadCredentialsException("bad credentials");
        }
        Account account = found.get();
        if (!demo && account.lockedAt(Instant.now())) {
            fail(found, client, "locked");
            throw new LockedException("locked");
        }
        String hash = accounts.passwordHash(account.id()).orElse(unknownUserHash);
        if (!encoder.matches(password, hash)) {
            throttle.failed(client);
            if (!demo
                    && accounts.recordFailure(
                                    account.id(),
                                    settings.login().maxFailures(),
                                    settings.login().lockout())
                            .isPresent()) {
                fail(found, client, "wrong_password_locked");
                throw new LockedException("locked");
            }
            fail(found, client, "wrong_password");
            throw new BadCredentialsException("bad credentials");
        }
        if (!account.enabled()) {
            fail(found, client, "disabled");
            throw new DisabledException("disabled");
        }
        if (account.failedLogins() > 0 || account.lockedUntil() != null) {
            accounts.recordSuccess(account.id(), false);
        }
        var user = account.signedIn();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
        result.setDetails(attempt.getDetails());
        return result;
    }

    /** A completed sign-in through the form: audited, and remembered as the last login. */
    void signedIn(long accountId, String username, String client) {
        accounts.recordSuccess(accountId, true);
        audit.append(new AuditRecord(
                Instant.now(), username, AuditAction.LOGIN_SUCCEEDED, "account", username, null, client, null));
    }

    private void fail(Optional<Account> account, String client, String reason) {
        String name = account.map(Account::username).orElse(null);
        audit.append(new AuditRecord(
                Instant.now(),
                name,
                AuditAction.LOGIN_FAILED,
                "account",
                name,
                null,
                client,
                audit.detail(Map.of("reason", reason))));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
