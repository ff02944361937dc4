package id.warga.access;

import id.warga.region.RegionCode;
import java.util.Map;

/** The demo accounts and the area each one covers. */
final class DemoScopes {

    static final Map<String, String> ROLES = Map.of(
            "admin", "ADMIN",
            "kota", "CITY",
            "camat", "KECAMATAN",
            "lurah", "KELURAHAN",
            "rw", "RW",
            "rt", "RT");

    static final Map<String, RegionCode> SCOPES = Map.of(
            "camat", RegionCode.of("36.72.01"),
            "lurah", RegionCode.of("36.72.01.1002"),
            "rw", RegionCode.of("36.72.01.1002.001"),
            "rt", RegionCode.of("36.72.01.1002.001.001"));

    private DemoScopes() {}
}
