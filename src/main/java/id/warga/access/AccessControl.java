package id.warga.access;

import id.warga.access.internal.AccountGrants;
import id.warga.region.RegionCode;
import id.warga.shared.privacy.Masking;
import id.warga.shared.web.NotFoundException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one enforcement point for area data: every module asks it for the acting user's scope
 * before reading or writing, and applies that scope where its query enters the module. A record
 * outside the scope is answered as absent (404); lists are filtered silently.
 */
@Service
public class AccessControl {

    private final AccountGrants grants;

    AccessControl(AccountGrants grants) {
        this.grants = grants;
    }

    /** The acting user's scope; anonymous visitors have none. */
    public AreaScope currentScope() {
        return currentUser().map(SignedInUser::scope).orElseGet(AreaScope::nothing);
    }

    /** The acting user's name, for audit and "recorded by" columns; empty when anonymous. */
    public Optional<String> currentUsername() {
        Authentication user = authentication();
        if (user == null) {
            return Optional.empty();
        }
        // a signed-in account's principal is not a UserDetails: getName() would answer its toString()
        return Optional.of(user.getPrincipal() instanceof SignedInUser signedIn ? signedIn.username() : user.getName());
    }

    /** The acting user with roles and areas; empty when anonymous. */
    public Optional<SignedInUser> currentUser() {
        Authentication user = authentication();
        if (user == null) {
            return Optional.empty();
        }
        if (user.getPrincipal() instanceof SignedInUser signedIn) {
            return Optional.of(signedIn);
        }
        // a principal made elsewhere (e.g. a test's mock user): the account of that name decides
        return grants.byUsername(user.getName()).or(() -> fromAuthorities(user));
    }

    public boolean hasRole(Role role) {
        return currentUser().map(u -> u.has(role)).orElse(false);
    }

    /** Throws a 403 unless the acting user holds one of the roles. */
    public void requireRole(Role... roles) {
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new AccessDeniedException("requires one of " + Arrays.toString(roles));
        }
    }

    /** Throws a 404 for an area the acting user may not see. */
    public void requireInScope(RegionCode area) {
        if (!currentScope().covers(area)) {
            throw new NotFoundException("error.region.not-found", area.value());
        }
    }

    /** Whether personal identifiers of a record in this area show in full to the acting user. */
    public boolean reveals(RegionCode recordArea) {
        return currentScope().covers(recordArea);
    }

    /** A NIK or KK number in full where the acting user's scope holds the record, else masked. */
    public String identifier(String value, RegionCode recordArea) {
        if (value == null || reveals(recordArea)) {
            return value;
        }
        return Masking.identifier(value);
    }

    private static Authentication authentication() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return user;
    }

    private static Optional<SignedInUser> fromAuthorities(Authentication user) {
        java.util.Set<Role> roles = new java.util.HashSet<>();
        user.getAuthorities().forEach(a -> {
            if (a.getAuthority() != null && a.getAuthority().startsWith("ROLE_")) {
                Role.tryParse(a.getAuthority().substring(5)).ifPresent(roles::add);
            }
        });
        return Optional.of(new SignedInUser(0, user.getName(), user.getName(), roles, java.util.List.of(), false));
    }

    /**
     * Runs background work (a demo's data, a job started by someone) as the account of that name:
     * its roles and areas apply as if it were signed in. The caller's own sign-in comes back after.
     */
    public void runAs(String username, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
