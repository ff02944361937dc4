package id.warga.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private static final String COLUMNS = "code, name, level, parent_code, longitude, latitude";

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Region> find(RegionCode code) {
        return jdbc.sql("select " + COLUMNS + " from region.region where code = ?")
                .param(code.value())
                .query(RegionRepository::map)
                .optional();
    }

    /** The areas among these codes that exist, in code order. */
    List<Region> findAll(java.util.Collection<RegionCode> codes) {
        return jdbc.sql("select " + COLUMNS + " from region.region where code = any(?) order by code")
                .param(codes.stream().map(RegionCode::value).toArray(String[]::new))
                .query(RegionRepository::map)
                .list();
    }

    List<Region> children(RegionCode code) {
        return jdbc.sql("select " + COLUMNS + " from region.region where parent_code = ? order by code")
                .param(code.value())
                .query(RegionRepository::map)
                .list();
    }

    List<Region> descendantsAtLevel(RegionCode code, String level) {
        return jdbc.sql("select " + COLUMNS + " from region.region where code like ? and level = ? order by code")
                .param(code.value() + ".%")
                .param(level)
                .query(RegionRepository::map)
                .list();
    }

    List<Region> ancestors(RegionCode code) {
        List<String> prefixes = new java.util.ArrayList<>();
        Optional<RegionCode> parent = code.parent();
        while (parent.isPresent()) {
            prefixes.add(parent.get().value());
            parent = parent.get().parent();
        }
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from region.region where code in (:codes) order by length(code)")
                .param("codes", prefixes)
                .query(RegionRepository::map)
                .list();
    }

    Optional<String> boundary(RegionCode code) {
        return jdbc.sql("select geometry from region.boundary where code = ?")
                .param(code.value())
                .query(String.class)
                .optional();
    }

    int countAtLevel(RegionCode within, String level) {
        return jdbc.sql("select count(*) from region.region where code like ? and level = ?")
                .param(within.value() + ".%")
                .param(level)
                .query(Integer.class)
                .single();
    }

    static Region map(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_code");
        return new Region(
                new RegionCode(rs.getString("code")),
                rs.getString("name"),
                rs.getString("level"),
                parent == null ? null : new RegionCode(parent),
                (Double) rs.getObject("longitude"),
                (Double) rs.getObject("latitude"));
    }
}
