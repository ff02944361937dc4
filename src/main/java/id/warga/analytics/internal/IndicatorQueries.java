package id.warga.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the counts: totals of areas, the cells of one area, an area's months. */
@Repository
public class IndicatorQueries {

    private static final String TOTALS = """
            sum(residents)::int as residents,
            coalesce(sum(residents) filter (where age_band > 0), 0)::int as working_age,
            sum(answered)::int as answered,
            sum(employed)::int as employed,
            sum(unemployed)::int as unemployed,
            coalesce(sum(answered) filter (where age_band between 1 and 2), 0)::int as youth_answered,
            coalesce(sum(employed) filter (where age_band between 1 and 2), 0)::int as youth_employed,
            coalesce(sum(unemployed) filter (where age_band between 1 and 2), 0)::int as youth_unemployed
            """;

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Totals of these areas in the month, by code; areas without residents are absent. */
    public Map<String, Headline> totals(YearMonth month, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return byCode(jdbc.sql("select area_code, " + TOTALS + """
                        from analytics.labour_count
                        where period = :period and area_code in (:codes)
                        group by area_code
                        """)
                .param("period", month.atDay(1))
                .param("codes", codes)
                .query(IndicatorQueries::headline)
                .list());
    }

    /** Totals of every area at a depth (4 kelurahan, 5 RW, 6 RT) inside an area. */
    public Map<String, Headline> totalsAtDepth(YearMonth month, String within, int depth) {
        return byCode(jdbc.sql("select area_code, " + TOTALS + """
                        from analytics.labour_count
                        where period = :period and depth = :depth and area_code like :prefix
                        group by area_code
                        """)
                .param("period", month.atDay(1))
                .param("depth", depth)
                .param("prefix", within + ".%")
                .query(IndicatorQueries::headline)
                .list());
    }

    /** The cells of one area in the month, for breakdowns. */
    public Map<LabourCell, Tally> cells(YearMonth month, String code) {
        Map<LabourCell, Tally> cells = new LinkedHashMap<>();
        jdbc.sql("""
                        select sex, age_band, education, residents, answered, employed, unemployed
                        from analytics.labour_count where period = ? and area_code = ?
                        order by sex, age_band, education
                        """).params(month.atDay(1), code).query(rs -> {
            cells.put(
                    new LabourCell(rs.getString(1), rs.getInt(2), rs.getInt(3)),
                    new Tally(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
        });
        return cells;
    }

    /** The area's totals in every month that has figures, oldest first. */
    public Map<YearMonth, Headline> trend(String code) {
        Map<YearMonth, Headline> months = new LinkedHashMap<>();
        jdbc.sql("select p.period, area_code, " + TOTALS + """
                        from analytics.period p
                        join analytics.labour_count c on c.period = p.period and c.area_code = :code
                        group by p.period, area_code
                        order by p.period
                        """)
                .param("code", code)
                .query(rs -> {
                    months.put(YearMonth.from(rs.getDate(1).toLocalDate()), headlineFrom(rs, 2));
                });
        return months;
    }

    /** Months that have figures, oldest first, with whether each is closed. */
    public Map<YearMonth, Boolean> months() {
        Map<YearMonth, Boolean> months = new LinkedHashMap<>();
        jdbc.sql("select period, closed_at is not null from analytics.period order by period")
                .query(rs -> {
                    months.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBoolean(2));
                });
        return months;
    }

    /** Every count of every area in the month: what the incremental path must equal after a rebuild. */
    public Map<CountKey, Tally> everything(YearMonth month) {
        Map<CountKey, Tally> all = new LinkedHashMap<>();
        jdbc.sql("""
                        select area_code, depth, sex, age_band, education, residents, answered, employed, unemployed
                        from analytics.labour_count where period = ?
                        """).param(month.atDay(1)).query(rs -> {
            all.put(
                    new CountKey(
                            rs.getString(1), rs.getInt(2), new LabourCell(rs.getString(3), rs.getInt(4), rs.getInt(5))),
                    new Tally(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
        });
        return all;
    }

    private static Map<String, Headline> byCode(List<Headline> rows) {
        Map<String, Headline> map = new LinkedHashMap<>();
        rows.forEach(h -> map.put(h.code(), h));
        return map;
    }

    private static Headline headline(ResultSet rs, int row) throws SQLException {
        return headlineFrom(rs, 1);
    }

    private static Headline headlineFrom(ResultSet rs, int i) throws SQLException {
        return new Headline(
                rs.getString(i),
                rs.getInt(i + 1),
                rs.getInt(i + 2),
                rs.getInt(i + 3),
                rs.getInt(i + 4),
                rs.getInt(i + 5),
                rs.getInt(i + 6),
                rs.getInt(i + 7),
                rs.getInt(i + 8));
    }
}
