package id.warga.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.access.Route;
import id.warga.access.RouteCatalogue;
import id.warga.access.RouteFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports and exports in the scope walk: the {@code rt} user may not import (403), sees no import
 * job of the kelurahan (404), and exports only their own RT.
 */
class ExchangeRoutes implements RouteCatalogue {

    UUID job;

    @Override
    public void prepare(RouteFixtures fixtures) {
        job = UUID.randomUUID();
        fixtures.jdbc().sql("""
                        insert into exchange.import_job (id, kelurahan, mode, status, file_name, file_size, started_by)
                        values (?, '36.72.01.1002', 'VALID_ROWS', 'COMPLETED', 'lurah.csv', 10, 'lurah')""").param(job).update();
    }

    private void unchanged(RouteFixtures fixtures) {
        assertThat(fixtures.jdbc()
                        .sql("select status from exchange.import_job where id = ?")
                        .param(job)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
    }

    @Override
    public List<Route> routes() {
        String page = "/impor/" + job;
        String api = "/api/imports/" + job;
        Map<String, String> otherKelurahan = Map.of("kelurahan", "36.72.01.1002", "mode", "VALID_ROWS");
        String ownRt = RouteFixtures.OWN_RT.value();
        String otherRt = RouteFixtures.OTHER_RT.value();
        return List.of(
                Route.signedIn("GET", "/impor"),
                Route.area("POST", "/impor").sample("/impor").foreign("/impor").form(otherKelurahan),
                Route.area("GET", "/impor/{id}").sample(page).foreign(page),
                Route.area("GET", "/impor/{id}/kemajuan")
                        .sample(page + "/kemajuan")
                        .foreign(page + "/kemajuan"),
                Route.area("POST", "/impor/{id}/konfirmasi")
                        .sample(page + "/konfirmasi")
                        .foreign(page + "/konfirmasi")
                        .unchanged(this::unchanged),
                Route.area("POST", "/impor/{id}/batal")
                        .sample(page + "/batal")
                        .foreign(page + "/batal")
                        .unchanged(this::unchanged),
                Route.area("POST", "/impor/{id}/lanjutkan")
                        .sample(page + "/lanjutkan")
                        .foreign(page + "/lanjutkan")
                        .unchanged(this::unchanged),
                Route.area("POST", "/impor/{id}/ulangi")
                        .sample(page + "/ulangi")
                        .foreign(page + "/ulangi")
                        .unchanged(this::unchanged),
                Route.area("GET", "/impor/{id}/laporan.xlsx")
                        .sample(page + "/laporan.xlsx")
                        .foreign(page + "/laporan.xlsx"),
                Route.signedIn("GET", "/ekspor"),
                Route.area("GET", "/ekspor/unduh")
                        .sample("/ekspor/unduh?area=" + ownRt + "&format=csv")
                        .own("/ekspor/unduh?area=" + ownRt + "&format=csv")
                        .foreign("/ekspor/unduh?area=" + otherRt + "&format=csv"),
                Route.area("POST", "/api/imports")
                        .sample("/api/imports")
                        .foreign("/api/imports")
                        .form(otherKelurahan),
                Route.area("GET", "/api/imports/{id}").sample(api).foreign(api),
                Route.area("POST", "/api/imports/{id}/confirm")
                        .sample(api + "/confirm")
                        .foreign(api + "/confirm")
                        .unchanged(this::unchanged),
                Route.area("POST", "/api/imports/{id}/cancel")
                        .sample(api + "/cancel")
                        .foreign(api + "/cancel")
                        .unchanged(this::unchanged),
                Route.area("POST", "/api/imports/{id}/resume")
                        .sample(api + "/resume")
                        .foreign(api + "/resume")
                        .unchanged(this::unchanged),
                Route.area("POST", "/api/imports/{id}/restart")
                        .sample(api + "/restart")
                        .foreign(api + "/restart")
                        .unchanged(this::unchanged),
                Route.area("GET", "/api/imports/{id}/report")
                        .sample(api + "/report")
                        .foreign(api + "/report"),
                Route.area("GET", "/api/exports")
                        .sample("/api/exports?area=" + ownRt + "&format=csv")
                        .own("/api/exports?area=" + ownRt + "&format=csv")
                        .foreign("/api/exports?area=" + otherRt + "&format=csv"));
    }
}
