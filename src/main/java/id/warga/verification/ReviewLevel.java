package id.warga.verification;

import id.warga.access.Role;
import id.warga.region.RegionLevel;

/**
 * A level that reviews RT heads' changes, in order from the neighbourhood up: the RW head
 * verifies, the kelurahan approves (the default), and a city may add the kecamatan.
 */
public enum ReviewLevel {
    RW(Role.RW, RegionLevel.RW),
    KELURAHAN(Role.KELURAHAN, RegionLevel.KELURAHAN),
    KECAMATAN(Role.KECAMATAN, RegionLevel.KECAMATAN);

    private final Role role;
    private final RegionLevel regionLevel;

    ReviewLevel(Role role, RegionLevel regionLevel) {
        this.role = role;
        this.regionLevel = regionLevel;
    }

    /** The role that reviews at this level. */
    public Role role() {
        return role;
    }

    /** The level of the area a reviewer of this level holds. */
    public RegionLevel regionLevel() {
        return regionLevel;
    }
}
