package id.warga.maps;

import id.warga.access.Route;
import id.warga.access.RouteCatalogue;
import java.util.List;

/** The home map and the area pages are open to everyone. */
class MapsRoutes implements RouteCatalogue {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/"), Route.open("GET", "/wilayah/{code}").sample("/wilayah/36.72.01.1002"));
    }
}
