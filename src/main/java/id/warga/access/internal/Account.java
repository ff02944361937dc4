package id.warga.access.internal;

import id.warga.access.Role;
import id.warga.access.SignedInUser;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A user account as administrators see it; never carries the password hash. */
public record Account(
        long id,
        String username,
        String displayName,
        boolean enabled,
        boolean passwordMustChange,
        boolean demo,
        int failedLogins,
        Instant lockedUntil,
        Instant lastLoginAt,
        Long headId,
        Instant createdAt,
        Set<Role> roles,
        List<String> scopes) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public SignedInUser signedIn() {
        return new SignedInUser(id, username, displayName, roles, scopes, passwordMustChange);
    }
}
