package id.warga.access;

import id.warga.access.internal.ApiTokens;
import id.warga.access.internal.UserAccounts;
import id.warga.region.HeadAppointment;
import id.warga.region.RegionHeads;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The routes of the access module, the error page and the API documentation. */
class AccessRoutes implements RouteCatalogue {

    static final String TARGET = "walker.target";

    long adminToken;
    long rtDisposableToken;
    long rtDisposablePageToken;
    long termId;

    @Override
    public void prepare(RouteFixtures fixtures) {
        UserAccounts accounts = fixtures.bean(UserAccounts.class);
        if (!accounts.usernameTaken(TARGET)) {
            accounts.create(
                    new UserAccounts.NewAccount(
                            TARGET,
                            "Walker Target",
                            null,
                            EnumSet.of(Role.RT),
                            List.of(RouteFixtures.OTHER_RT.value())),
                    null);
        }
        ApiTokens tokens = fixtures.bean(ApiTokens.class);
        SignedInUser admin = accounts.require("admin").signedIn();
        SignedInUser rt = accounts.require("rt").signedIn();
        adminToken = tokens.create(admin, "walker: admin's own", 1).id();
        rtDisposableToken = tokens.create(rt, "walker: to revoke by API", 1).id();
        rtDisposablePageToken =
                tokens.create(rt, "walker: to revoke by page", 1).id();
        termId = fixtures.bean(RegionHeads.class)
                .appoint(
                        RouteFixtures.OTHER_RW_RT,
                        new HeadAppointment(
                                null, "Walker Head", null, null, "SK/WALK/" + System.nanoTime(), LocalDate.now(), null))
                .id();
    }

    @Override
    public List<Route> routes() {
        String user = "/admin/pengguna/" + TARGET;
        String api = "/api/users/" + TARGET;
        return List.of(
                Route.open("GET", "/login"),
                Route.open("*", "/error").answers(500),
                Route.open("GET", "/api/docs"),
                Route.open("GET", "/api/docs.yaml"),
                Route.open("GET", "/api/docs/swagger-config"),
                Route.open("GET", "/api/docs/ui"),
                Route.signedIn("GET", "/saya")
                        .shows("rt", "36.72.01.1002.001.001")
                        .hides("36.72.01.1002.001.002"),
                Route.signedIn("POST", "/saya/token").form(Map.of("name", "walker page token", "days", "1")),
                Route.signedIn("POST", "/saya/token/{id}/cabut")
                        .sample("/saya/token/" + rtDisposablePageToken + "/cabut")
                        .foreign("/saya/token/" + adminToken + "/cabut")
                        .unchanged(f -> assertTokenActive(f, adminToken)),
                Route.signedIn("GET", "/saya/kata-sandi"),
                Route.signedIn("POST", "/saya/kata-sandi")
                        .form(Map.of(
                                "currentPassword", "not-the-password",
                                "newPassword", "sebuah kalimat panjang",
                                "confirmPassword", "sebuah kalimat panjang")),
                Route.signedIn("GET", "/api/me").shows("\"username\":\"rt\"", "36.72.01.1002.001.001"),
                Route.signedIn("PUT", "/api/me/password")
                        .body(
                                "{\"currentPassword\": \"not-the-password\", \"newPassword\": \"sebuah kalimat panjang\"}"),
                Route.signedIn("GET", "/api/me/tokens").hides("walker: admin's own"),
                Route.signedIn("POST", "/api/me/tokens").body("{\"name\": \"walker api token\", \"expiresInDays\": 1}"),
                Route.signedIn("DELETE", "/api/me/tokens/{id}")
                        .sample("/api/me/tokens/" + rtDisposableToken)
                        .foreign("/api/me/tokens/" + adminToken)
                        .unchanged(f -> assertTokenActive(f, adminToken)),
                Route.admin("GET", "/admin"),
                Route.admin("GET", "/admin/pengguna"),
                Route.admin("GET", "/admin/pengguna/baru"),
                Route.admin("POST", "/admin/pengguna")
                        .form(Map.of("username", "walker.made", "displayName", "x", "roles", "ADMIN")),
                Route.admin("GET", "/admin/pengguna/{username}").sample(user),
                Route.admin("POST", "/admin/pengguna/{username}/hak")
                        .sample(user + "/hak")
                        .form(Map.of("roles", "ADMIN")),
                Route.admin("POST", "/admin/pengguna/{username}/nonaktifkan").sample(user + "/nonaktifkan"),
                Route.admin("POST", "/admin/pengguna/{username}/aktifkan").sample(user + "/aktifkan"),
                Route.admin("POST", "/admin/pengguna/{username}/buka-kunci").sample(user + "/buka-kunci"),
                Route.admin("POST", "/admin/pengguna/{username}/reset-sandi").sample(user + "/reset-sandi"),
                Route.admin("GET", "/admin/kepala-wilayah"),
                Route.admin("POST", "/admin/kepala-wilayah/{termId}/akun")
                        .sample("/admin/kepala-wilayah/" + termId + "/akun"),
                Route.admin("POST", "/admin/kepala-wilayah/{termId}/abaikan")
                        .sample("/admin/kepala-wilayah/" + termId + "/abaikan"),
                Route.admin("GET", "/admin/audit"),
                Route.admin("GET", "/api/users"),
                Route.admin("POST", "/api/users")
                        .body("{\"username\": \"walker.made\", \"displayName\": \"x\", \"roles\": [\"ADMIN\"]}"),
                Route.admin("GET", "/api/users/{username}").sample(api),
                Route.admin("PUT", "/api/users/{username}/grant")
                        .sample(api + "/grant")
                        .body("{\"roles\": [\"ADMIN\"], \"scopes\": []}"),
                Route.admin("POST", "/api/users/{username}/disable").sample(api + "/disable"),
                Route.admin("POST", "/api/users/{username}/enable").sample(api + "/enable"),
                Route.admin("POST", "/api/users/{username}/unlock").sample(api + "/unlock"),
                Route.admin("POST", "/api/users/{username}/password")
                        .sample(api + "/password")
                        .body("{\"password\": \"sebuah kalimat panjang\"}"),
                Route.admin("GET", "/api/head-accounts"),
                Route.admin("POST", "/api/head-accounts/{termId}").sample("/api/head-accounts/" + termId),
                Route.admin("POST", "/api/head-accounts/{termId}/dismiss")
                        .sample("/api/head-accounts/" + termId + "/dismiss"),
                Route.admin("GET", "/api/audit"),
                Route.admin("GET", "/api/audit/check"));
    }

    private static void assertTokenActive(RouteFixtures fixtures, long id) {
        boolean active = fixtures.jdbc()
                .sql("select revoked_at is null from access.api_token where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(active)
                .as("another user's token survives")
                .isTrue();
    }
}
