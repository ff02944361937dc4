package id.warga.analytics;

import static id.warga.access.RouteFixtures.OTHER_RT;
import static id.warga.access.RouteFixtures.OWN_RT;

import id.warga.access.Route;
import id.warga.access.RouteCatalogue;
import java.util.List;

/**
 * The figures: indicators and dashboards of an area are area data (an RT head reads their own RT,
 * not the neighbour's); open data and its page are for everyone; the rebuild is for the city.
 */
class AnalyticsRoutes implements RouteCatalogue {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.signedIn("GET", "/api/indicators/periods"),
                Route.area("GET", "/api/indicators/{code}")
                        .sample("/api/indicators/" + OWN_RT)
                        .own("/api/indicators/" + OWN_RT)
                        .foreign("/api/indicators/" + OTHER_RT),
                Route.area("GET", "/api/indicators/{code}/breakdowns")
                        .sample("/api/indicators/" + OWN_RT + "/breakdowns")
                        .own("/api/indicators/" + OWN_RT + "/breakdowns")
                        .foreign("/api/indicators/" + OTHER_RT + "/breakdowns"),
                Route.area("GET", "/api/indicators/{code}/download")
                        .sample("/api/indicators/" + OWN_RT + "/download?format=csv")
                        .own("/api/indicators/" + OWN_RT + "/download?format=csv")
                        .foreign("/api/indicators/" + OTHER_RT + "/download?format=csv"),
                Route.area("GET", "/api/indicators/{code}/hotspots")
                        .sample("/api/indicators/" + OWN_RT + "/hotspots")
                        .foreign("/api/indicators/" + OTHER_RT + "/hotspots"),
                Route.area("GET", "/api/indicators/{code}/map")
                        .sample("/api/indicators/" + OWN_RT + "/map")
                        .own("/api/indicators/" + OWN_RT + "/map")
                        .foreign("/api/indicators/" + OTHER_RT + "/map"),
                Route.area("GET", "/api/indicators/{code}/trend")
                        .sample("/api/indicators/" + OWN_RT + "/trend")
                        .own("/api/indicators/" + OWN_RT + "/trend")
                        .foreign("/api/indicators/" + OTHER_RT + "/trend"),
                Route.admin("POST", "/api/indicators/rebuild"),
                Route.signedIn("GET", "/dasbor"),
                Route.area("GET", "/dasbor/{code}")
                        .sample("/dasbor/" + OWN_RT)
                        .own("/dasbor/" + OWN_RT)
                        .foreign("/dasbor/" + OTHER_RT),
                Route.open("GET", "/api/open/indicators/{code}").sample("/api/open/indicators/36.72.01.1002"),
                Route.open("GET", "/api/open/indicators/{code}/download")
                        .sample("/api/open/indicators/36.72.01.1002/download?format=csv"),
                Route.open("GET", "/api/open/indicators/{code}/map").sample("/api/open/indicators/36.72.01/map"),
                Route.open("GET", "/data-terbuka"),
                Route.open("GET", "/data-terbuka/{code}").sample("/data-terbuka/36.72.01.1002"));
    }
}
