package id.warga.access;

import id.warga.region.RegionCode;
import id.warga.shared.privacy.Masking;
import id.warga.shared.web.NotFoundException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
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

    /** The acting user's scope; anonymous visitors have none. */
    public AreaScope currentScope() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return AreaScope.nothing();
        }
        boolean cityWide = user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN")
                        || a.getAuthority().equals("ROLE_CITY"));
        if (cityWide) {
            return AreaScope.everything();
        }
        RegionCode scope = DemoScopes.SCOPES.get(user.getName());
        return scope == null ? AreaScope.nothing() : AreaScope.of(Set.of(scope));
    }

    /** The acting user's name, for audit and "recorded by" columns; empty when anonymous. */
    public Optional<String> currentUsername() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(user.getName());
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
}
