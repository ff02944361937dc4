package id.warga.region;

import id.warga.shared.web.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates RW and RT units under a kelurahan. They have no official polygon, so each gets a
 * representative point inside its kelurahan: RW points spread over the polygon, RT points near
 * their RW. Points are deterministic for a given code.
 */
@Service
public class RegionUnits {

    private static final double RT_RADIUS_DEGREES = 0.0025;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final RegionDirectory directory;
    private final RegionRepository regions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RegionUnits(
            RegionDirectory directory, RegionRepository regions, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.directory = directory;
        this.regions = regions;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Adds RW or RT number {@code number} under {@code parent} (a kelurahan or an RW). */
    @Transactional
    public Region create(RegionCode parent, int number, String name) {
        Region parentRegion = directory.require(parent);
        String level = switch (parentRegion.level()) {
            case "kelurahan" -> "rw";
            case "rw" -> "rt";
            default -> throw new BadRequestException("invalid_parent", "error.unit.parent", parent.value());
        };
        if (number < 1 || number > 999) {
            throw new BadRequestException(
                    "invalid_number",
                    List.of(new id.warga.shared.web.ApiError.Violation("number", "range", "1–999")),
                    "error.unit.number",
                    number);
        }
        RegionCode code = parent.child(number);
        if (regions.find(code).isPresent()) {
            throw new BadRequestException("unit_exists", "error.unit.exists", code.value());
        }
        String unitName = name == null || name.isBlank() ? defaultName(level, number) : name.trim();
        Coordinate point = representativePoint(code, parentRegion);
        if (!insert(code, unitName, level, parent, point)) {
            // created by someone else since the check above
            throw new BadRequestException("unit_exists", "error.unit.exists", code.value());
        }
        events.publishEvent(new RegionUnitCreated(code, level));
        return regions.find(code).orElseThrow();
    }

    /** Creates every RW of a kelurahan with its RTs in one go, as a demo or an import needs. */
    @Transactional
    public List<Region> createTree(RegionCode kelurahan, List<Integer> rtCountPerRw) {
        Region kel = directory.require(kelurahan);
        if (!"kelurahan".equals(kel.level())) {
            throw new BadRequestException("invalid_parent", "error.unit.parent", kelurahan.value());
        }
        Geometry polygon = polygonOf(kelurahan).orElse(null);
        PreparedGeometry prepared = polygon == null ? null : PreparedGeometryFactory.prepare(polygon);
        List<Coordinate> rwPoints = new ArrayList<>();
        List<Region> created = new ArrayList<>();
        for (int rw = 1; rw <= rtCountPerRw.size(); rw++) {
            RegionCode rwCode = kelurahan.child(rw);
            Coordinate rwPoint = spreadPoint(rwCode, kel, polygon, prepared, rwPoints);
            rwPoints.add(rwPoint);
            insert(rwCode, defaultName("rw", rw), "rw", kelurahan, rwPoint);
            for (int rt = 1; rt <= rtCountPerRw.get(rw - 1); rt++) {
                RegionCode rtCode = rwCode.child(rt);
                insert(rtCode, defaultName("rt", rt), "rt", rwCode, nearPoint(rtCode, rwPoint, prepared));
            }
        }
        created.addAll(directory.descendants(kelurahan, "rw"));
        created.addAll(directory.descendants(kelurahan, "rt"));
        return created;
    }

    /**
     * Creates, in one go, every RW and RT of these RT codes that does not exist yet, with the
     * points {@link #create} would give them: what an import that meets new units needs. Each
     * kelurahan's polygon is read once; a unit created meanwhile by someone else is left as it is.
     * Answers the codes created, RWs before their RTs.
     */
    @Transactional
    public List<RegionCode> createMissing(java.util.Collection<RegionCode> rtCodes) {
        java.util.Map<RegionCode, java.util.TreeSet<RegionCode>> byKelurahan =
                new java.util.TreeMap<>(java.util.Comparator.comparing(RegionCode::value));
        for (RegionCode rt : rtCodes) {
            if (rt.level() != RegionLevel.RT) {
                throw new BadRequestException("invalid_parent", "error.unit.parent", rt.value());
            }
            byKelurahan
                    .computeIfAbsent(
                            rt.ancestorAt(RegionLevel.KELURAHAN),
                            k -> new java.util.TreeSet<>(java.util.Comparator.comparing(RegionCode::value)))
                    .add(rt);
        }
        List<RegionCode> created = new ArrayList<>();
        for (var entry : byKelurahan.entrySet()) {
            RegionCode kelurahan = entry.getKey();
            Region kel = directory.require(kelurahan);
            if (!"kelurahan".equals(kel.level())) {
                throw new BadRequestException("invalid_parent", "error.unit.parent", kelurahan.value());
            }
            java.util.Map<String, Region> existing = new java.util.HashMap<>();
            directory
                    .descendants(kelurahan, "rw")
                    .forEach(r -> existing.put(r.code().value(), r));
            // of the RTs only those asked for: a kelurahan may hold thousands, and an import asks batch by batch
            regions.findAll(entry.getValue()).forEach(r -> existing.put(r.code().value(), r));
            Geometry polygon = polygonOf(kelurahan).orElse(null);
            PreparedGeometry prepared = polygon == null ? null : PreparedGeometryFactory.prepare(polygon);
            List<Coordinate> rwPoints = new ArrayList<>(existing.values().stream()
                    .filter(r -> "rw".equals(r.level()) && r.longitude() != null)
                    .map(r -> new Coordinate(r.longitude(), r.latitude()))
                    .toList());
            java.util.Map<String, Coordinate> pointOfRw = new java.util.HashMap<>();
            existing.values().stream()
                    .filter(r -> "rw".equals(r.level()))
                    .forEach(r -> pointOfRw.put(
                            r.code().value(),
                            r.longitude() == null ? null : new Coordinate(r.longitude(), r.latitude())));
            for (RegionCode rt : entry.getValue()) {
                if (existing.containsKey(rt.value())) {
                    continue;
                }
                RegionCode rw = rt.parent().orElseThrow();
                if (!pointOfRw.containsKey(rw.value())) {
                    Coordinate point = spreadPoint(rw, kel, polygon, prepared, rwPoints);
                    if (insert(rw, defaultName("rw", rw.localNumber()), "rw", kelurahan, point)) {
                        created.add(rw);
                        events.publishEvent(new RegionUnitCreated(rw, "rw"));
                    }
                    if (point != null) {
                        rwPoints.add(point);
                    }
                    pointOfRw.put(rw.value(), point);
                }
                Coordinate point = nearPoint(rt, pointOfRw.get(rw.value()), prepared);
                if (insert(rt, defaultName("rt", rt.localNumber()), "rt", rw, point)) {
                    created.add(rt);
                    events.publishEvent(new RegionUnitCreated(rt, "rt"));
                }
            }
        }
        return created;
    }

    /** Inserts a unit unless one with its code exists (made meanwhile by someone else); true when inserted. */
    private boolean insert(RegionCode code, String name, String level, RegionCode parent, Coordinate point) {
        return jdbc.sql("""
                        insert into region.region (code, name, level, parent_code, longitude, latitude)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (code) do nothing
                        """)
                        .params(
                                code.value(),
                                name,
                                level,
                                parent.value(),
                                point == null ? null : GeoJson.round(point.x),
                                point == null ? null : GeoJson.round(point.y))
                        .update()
                > 0;
    }

    private Coordinate representativePoint(RegionCode code, Region parent) {
        if (code.level() == RegionLevel.RT) {
            RegionCode kelurahan = code.ancestorAt(RegionLevel.KELURAHAN);
            PreparedGeometry prepared =
                    polygonOf(kelurahan).map(PreparedGeometryFactory::prepare).orElse(null);
            Coordinate rwPoint =
                    parent.longitude() == null ? null : new Coordinate(parent.longitude(), parent.latitude());
            return nearPoint(code, rwPoint, prepared);
        }
        Geometry polygon = polygonOf(parent.code()).orElse(null);
        List<Coordinate> existing = directory.children(parent.code()).stream()
                .filter(r -> r.longitude() != null)
                .map(r -> new Coordinate(r.longitude(), r.latitude()))
                .toList();
        return spreadPoint(
                code, parent, polygon, polygon == null ? null : PreparedGeometryFactory.prepare(polygon), existing);
    }

    /** Mitchell's best candidate: of several random points inside, the one farthest from the others. */
    private static Coordinate spreadPoint(
            RegionCode code, Region parent, Geometry polygon, PreparedGeometry prepared, List<Coordinate> others) {
        if (polygon == null) {
            return parent.longitude() == null ? null : new Coordinate(parent.longitude(), parent.latitude());
        }
        Random random = new Random(code.value().hashCode());
        Envelope box = polygon.getEnvelopeInternal();
        Coordinate best = polygon.getInteriorPoint().getCoordinate();
        double bestDistance = -1;
        int found = 0;
        for (int attempt = 0; attempt < 400 && found < 12; attempt++) {
            Coordinate candidate = new Coordinate(
                    box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            if (!prepared.contains(GEOMETRY.createPoint(candidate))) {
                continue;
            }
            found++;
            double nearest =
                    others.stream().mapToDouble(candidate::distance).min().orElse(Double.MAX_VALUE);
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = candidate;
            }
        }
        return best;
    }

    private static Coordinate nearPoint(RegionCode code, Coordinate centre, PreparedGeometry prepared) {
        if (centre == null) {
            return null;
        }
        Random random = new Random(code.value().hashCode());
        for (int attempt = 0; attempt < 50; attempt++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double radius = RT_RADIUS_DEGREES * Math.sqrt(random.nextDouble());
            Coordinate candidate =
                    new Coordinate(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
            Point point = GEOMETRY.createPoint(candidate);
            if (prepared == null || prepared.contains(point)) {
                return candidate;
            }
        }
        return centre;
    }

    private Optional<Geometry> polygonOf(RegionCode code) {
        return regions.boundary(code).map(json -> {
            try {
                return new GeoJsonReader().read(json);
            } catch (ParseException e) {
                throw new IllegalStateException("unreadable boundary of " + code, e);
            }
        });
    }

    private static String defaultName(String level, int number) {
        return ("rw".equals(level) ? "RW " : "RT ") + String.format("%03d", number);
    }
}
