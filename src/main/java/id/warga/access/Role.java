package id.warga.access;

import id.warga.region.RegionLevel;
import java.util.Optional;

/**
 * What a user does, and at which level of the region tree their scopes sit. {@link #ADMIN} (city IT)
 * and {@link #CITY} (the mayor and city offices) see the whole city and hold no scope; every other
 * role holds one or more areas of its own level.
 */
public enum Role {
    ADMIN(null),
    CITY(null),
    KECAMATAN(RegionLevel.KECAMATAN),
    KELURAHAN(RegionLevel.KELURAHAN),
    RW(RegionLevel.RW),
    RT(RegionLevel.RT);

    private final RegionLevel scopeLevel;

    Role(RegionLevel scopeLevel) {
        this.scopeLevel = scopeLevel;
    }

    public boolean cityWide() {
        return scopeLevel == null;
    }

    /** The level of the areas this role is scoped to; empty for the city-wide roles. */
    public Optional<RegionLevel> scopeLevel() {
        return Optional.ofNullable(scopeLevel);
    }

    /** The Spring Security authority, for {@code hasRole(...)} rules. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role of the head of a unit: KETUA_RT heads an RT, LURAH a kelurahan, WALIKOTA the city. */
    public static Role forOffice(String office) {
        return switch (office) {
            case "KETUA_RT" -> RT;
            case "KETUA_RW" -> RW;
            case "LURAH" -> KELURAHAN;
            case "CAMAT" -> KECAMATAN;
            case "WALIKOTA" -> CITY;
            default -> throw new IllegalArgumentException("no role for office " + office);
        };
    }

    public static Optional<Role> tryParse(String value) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
