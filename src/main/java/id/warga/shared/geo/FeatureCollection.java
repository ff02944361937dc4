package id.warga.shared.geo;

import java.util.List;

/** A GeoJSON FeatureCollection (RFC 7946). */
public record FeatureCollection(String type, List<Feature> features) {

    public FeatureCollection(List<Feature> features) {
        this("FeatureCollection", features);
    }
}
