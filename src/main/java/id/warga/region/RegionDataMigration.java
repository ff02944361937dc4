package id.warga.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.postgresql.PGConnection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the national code list, the city's kelurahan and their boundaries; kecamatan and city
 * boundaries are computed here as unions of the kelurahan polygons.
 */
@Component
class RegionDataMigration implements JavaMigration {

    static final String NATIONAL = "data/region/indonesia-wilayah-kecamatan.csv";
    static final String CITY = "data/region/cilegon-wilayah.csv";
    static final String KELURAHAN_BOUNDARIES = "data/region/cilegon-kelurahan.geojson";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("101");
    }

    @Override
    public String getDescription() {
        return "load national codes, city kelurahan and boundaries";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : List.of(NATIONAL, CITY, KELURAHAN_BOUNDARIES)) {
            crc.update(bytes(file));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        loadNationalCodes(connection);
        loadCityCodes(connection);
        loadBoundaries(connection);
    }

    private void loadNationalCodes(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table national_code (kode text, nama text, level text) on commit drop");
        }
        copy(connection, "copy national_code from stdin with (format csv, header true)", NATIONAL);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into region.region (code, name, level, parent_code)
                    select kode,
                           trim(nama),
                           case level
                               when 'kabkota' then case when nama like 'Kota %' then 'kota' else 'kabupaten' end
                               else level
                           end,
                           case level
                               when 'provinsi' then null
                               when 'kabkota' then left(kode, 2)
                               else left(kode, 5)
                           end
                    from national_code
                    order by kode
                    """);
        }
    }

    private void loadCityCodes(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table city_code (kode text, nama text, level text) on commit drop");
        }
        copy(connection, "copy city_code from stdin with (format csv, header true)", CITY);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into region.region (code, name, level, parent_code)
                    select kode, nama, level, left(kode, length(kode) - position('.' in reverse(kode)))
                    from city_code
                    order by kode
                    on conflict (code) do update set name = excluded.name, level = excluded.level
                    """);
        }
    }

    private void loadBoundaries(Connection connection) throws Exception {
        GeoJsonReader reader = new GeoJsonReader();
        JsonNode collection = JsonMapper.builder().build().readTree(bytes(KELURAHAN_BOUNDARIES));
        Map<String, Geometry> kelurahan = new LinkedHashMap<>();
        for (JsonNode feature : collection.get("features")) {
            String code = feature.get("properties").get("kode").asString();
            kelurahan.put(code, read(reader, feature.get("geometry").toString()));
        }
        Map<String, List<Geometry>> byKecamatan = new LinkedHashMap<>();
        kelurahan.forEach((code, geometry) -> byKecamatan
                .computeIfAbsent(code.substring(0, 8), k -> new ArrayList<>())
                .add(geometry));

        Map<String, Geometry> all = new LinkedHashMap<>(kelurahan);
        byKecamatan.forEach((code, parts) -> all.put(code, UnaryUnionOp.union(parts)));
        Map<String, List<Geometry>> byCity = new LinkedHashMap<>();
        kelurahan.forEach((code, geometry) -> byCity.computeIfAbsent(code.substring(0, 5), k -> new ArrayList<>())
                .add(geometry));
        byCity.forEach((code, parts) -> all.put(code, UnaryUnionOp.union(parts)));

        try (PreparedStatement boundary = connection.prepareStatement(
                        "insert into region.boundary (code, geometry, area_km2) values (?, ?, ?)");
                PreparedStatement labelPoint = connection.prepareStatement(
                        "update region.region set longitude = ?, latitude = ? where code = ?")) {
            for (Map.Entry<String, Geometry> entry : all.entrySet()) {
                Geometry geometry = entry.getValue();
                boundary.setString(1, entry.getKey());
                boundary.setString(2, GeoJson.write(geometry));
                boundary.setDouble(3, GeoJson.areaKm2(geometry));
                boundary.addBatch();
                Point point = geometry.getInteriorPoint();
                labelPoint.setDouble(1, GeoJson.round(point.getX()));
                labelPoint.setDouble(2, GeoJson.round(point.getY()));
                labelPoint.setString(3, entry.getKey());
                labelPoint.addBatch();
            }
            boundary.executeBatch();
            labelPoint.executeBatch();
        }
    }

    private static Geometry read(GeoJsonReader reader, String json) {
        try {
            return reader.read(json);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable boundary in " + KELURAHAN_BOUNDARIES, e);
        }
    }

    private static void copy(Connection connection, String sql, String resource) throws Exception {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(sql, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("missing resource " + resource, e);
        }
    }
}
