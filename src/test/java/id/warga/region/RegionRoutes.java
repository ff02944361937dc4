package id.warga.region;

import id.warga.access.Route;
import id.warga.access.RouteCatalogue;
import java.util.List;

/** The region API: the tree and the heads are open; adding units and heads is for administrators. */
class RegionRoutes implements RouteCatalogue {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/api/regions/{code}").sample("/api/regions/36.72.01.1002"),
                Route.open("GET", "/api/regions/{code}/boundaries").sample("/api/regions/36.72/boundaries"),
                Route.open("GET", "/api/regions/{code}/outline").sample("/api/regions/36.72.01.1002.001/outline"),
                Route.open("GET", "/api/regions/{code}/heads").sample("/api/regions/36.72.01.1002/heads"),
                Route.admin("POST", "/api/regions/{code}/units")
                        .sample("/api/regions/36.72.01.1002/units")
                        .body("{\"number\": 77}"),
                Route.admin("POST", "/api/regions/{code}/heads")
                        .sample("/api/regions/36.72.01.1002/heads")
                        .body("{\"name\": \"X\", \"skNumber\": \"1\", \"startsOn\": \"2024-01-01\"}"));
    }
}
