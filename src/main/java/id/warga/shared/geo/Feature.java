package id.warga.shared.geo;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.Map;

/** A GeoJSON Feature whose geometry is GeoJSON text, written as is. */
public record Feature(String type, @JsonRawValue String geometry, Map<String, Object> properties) {

    public Feature(String geometry, Map<String, Object> properties) {
        this("Feature", geometry, properties);
    }
}
