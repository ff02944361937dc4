package id.warga.access;

import id.warga.region.RegionCode;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The acting user as the security context holds them: who, with which roles and areas. Kept
 * current on every request, so a changed role, scope or a disabled account takes effect at once.
 */
public record SignedInUser(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        List<String> scopeCodes,
        boolean passwordMustChange)
        implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
        scopeCodes = List.copyOf(new TreeSet<>(scopeCodes));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean cityWide() {
        return roles.stream().anyMatch(Role::cityWide);
    }

    public AreaScope scope() {
        if (cityWide()) {
            return AreaScope.everything();
        }
        Set<RegionCode> roots = new java.util.HashSet<>();
        scopeCodes.forEach(code -> roots.add(RegionCode.of(code)));
        return AreaScope.of(roots);
    }
}
