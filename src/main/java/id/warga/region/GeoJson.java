package id.warga.region;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** GeoJSON text for geometries, rounded to 5 decimals (about 1 m), and their approximate area. */
final class GeoJson {

    private static final double KM_PER_DEGREE = 111.32;

    private GeoJson() {}

    static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(5);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }

    /** Planar area scaled by the latitude: ample for areas of a few km² near the equator. */
    static double areaKm2(Geometry geometry) {
        double latitude = Math.toRadians(geometry.getCentroid().getY());
        double km2 = geometry.getArea() * KM_PER_DEGREE * KM_PER_DEGREE * Math.cos(latitude);
        return Math.round(km2 * 1000) / 1000.0;
    }

    static double round(double coordinate) {
        return Math.round(coordinate * 100_000) / 100_000.0;
    }
}
