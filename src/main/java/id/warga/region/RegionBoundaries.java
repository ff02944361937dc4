package id.warga.region;

import id.warga.shared.geo.Feature;
import id.warga.shared.geo.FeatureCollection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Shapes of areas as GeoJSON: stored polygons where they exist, representative points elsewhere. */
@Service
public class RegionBoundaries {

    private final RegionDirectory directory;
    private final JdbcClient jdbc;

    RegionBoundaries(RegionDirectory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** The children of an area (or its descendants at {@code level}) as GeoJSON features. */
    public FeatureCollection of(RegionCode code, String level) {
        List<Region> areas = level == null || level.isBlank()
                ? directory.children(code)
                : directory.descendants(code, level.toLowerCase(Locale.ROOT));
        Map<String, String> shapes = shapesOf(areas);
        List<Feature> features = areas.stream()
                .filter(a -> shapes.containsKey(a.code().value()))
                .map(a -> new Feature(shapes.get(a.code().value()), properties(a)))
                .toList();
        return new FeatureCollection(features);
    }

    /**
     * The area's own polygon, or for an area without one (an RW, an RT) its nearest ancestor's:
     * the outline a map draws around the area's children. Its properties name the area whose
     * shape it is. Empty where no polygon is stored up to the province.
     */
    public Optional<Feature> outline(RegionCode code) {
        List<Region> lineage = new ArrayList<>(directory.ancestors(code));
        lineage.add(directory.require(code));
        Map<String, String> polygons = polygons(lineage);
        for (int i = lineage.size() - 1; i >= 0; i--) {
            Region area = lineage.get(i);
            String shape = polygons.get(area.code().value());
            if (shape != null) {
                return Optional.of(new Feature(shape, properties(area)));
            }
        }
        return Optional.empty();
    }

    /** GeoJSON geometry text by code: the polygon where one is stored, else the representative point. */
    public Map<String, String> shapesOf(List<Region> areas) {
        Map<String, String> shapes = new LinkedHashMap<>(polygons(areas));
        for (Region area : areas) {
            if (!shapes.containsKey(area.code().value()) && area.longitude() != null) {
                shapes.put(area.code().value(), point(area));
            }
        }
        return shapes;
    }

    private Map<String, String> polygons(List<Region> areas) {
        if (areas.isEmpty()) {
            return Map.of();
        }
        List<String> codes = areas.stream().map(a -> a.code().value()).toList();
        return jdbc
                .sql("select code, geometry from region.boundary where code in (:codes)")
                .param("codes", codes)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String point(Region area) {
        return "{\"type\":\"Point\",\"coordinates\":[" + area.longitude() + "," + area.latitude() + "]}";
    }

    private static Map<String, Object> properties(Region area) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", area.code().value());
        properties.put("name", area.label());
        properties.put("level", area.level());
        return properties;
    }
}
