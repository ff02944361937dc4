package id.warga.analytics.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes the counts: deltas from events, recounts of RTs loaded in bulk, and the full rebuild
 * of a month. The registry ({@code population.resident}) is read here, by SQL, only to rebuild
 * and recount: the same rules as {@link CountingMonth}, set-based.
 *
 * <p>Writers of deltas hold a shared advisory lock and a rebuild the exclusive one, so that a
 * rebuild's reading of the registry never misses nor doubles a change committed beside it.
 */
@Repository
public class LabourCountStore {

    static final int CITY_DEPTH = 2;
    static final int RT_DEPTH = 6;
    /** The length of a code at each depth: `36`, `36.72`, `36.72.01`, `36.72.01.1001`, `.005`, `.003`. */
    static final int[] PREFIX_LENGTHS = {0, 2, 5, 8, 13, 17, 21};

    /** The advisory lock that orders rebuilds against delta writers. */
    static final long LOCK = 0x77617267615f6cL;

    /** The registry's residents as counted in one month, by RT and cell; parameters :last, :since. */
    static final String REGISTRY_COUNTS = """
            select rt_code, sex, band, education,
                   count(*) as residents,
                   count(*) filter (where answered) as answered,
                   count(*) filter (where answered and labour_status = 'EMPLOYED') as employed,
                   count(*) filter (where answered and labour_status = 'UNEMPLOYED') as unemployed
            from (
                select rt_code, sex, band, labour_status,
                       case when band = 0 or education is null or education not between 1 and 10 then 0
                            else education end as education,
                       band > 0 and labour_activity is not null
                           and labour_reference_date between :since and :last as answered
                from (
                    select rt_code, sex, education, labour_activity, labour_status, labour_reference_date,
                           case when age < 15 then 0 when age >= 65 then 11 else 1 + (age - 15) / 5 end as band
                    from (
                        select rt_code, sex, education, labour_activity, labour_status, labour_reference_date,
                               extract(year from age(cast(:last as date), birth_date))::int as age
                        from population.resident
                        where life_status = 'ALIVE' and birth_date <= :last
                    ) aged
                ) banded
            ) counted
            group by rt_code, sex, band, education
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    LabourCountStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public void lockShared() {
        jdbc.sql("select pg_advisory_xact_lock_shared(?)::text")
                .param(LOCK)
                .query(String.class)
                .optional();
    }

    public void lockExclusive() {
        jdbc.sql("select pg_advisory_xact_lock(?)::text")
                .param(LOCK)
                .query(String.class)
                .optional();
    }

    public boolean isOpen(YearMonth month) {
        return jdbc.sql("select exists (select 1 from analytics.period where period = ? and closed_at is null)")
                .param(month.atDay(1))
                .query(Boolean.class)
                .single();
    }

    public boolean exists(YearMonth month) {
        return jdbc.sql("select exists (select 1 from analytics.period where period = ?)")
                .param(month.atDay(1))
                .query(Boolean.class)
                .single();
    }

    /**
     * Recomputes one month from the registry: the RT rows by one GROUP BY over the residents, then
     * each enclosing level from the one below. Residents' {@code rt_code} are RT codes.
     */
    public int rebuild(CountingMonth month) {
        LocalDate period = month.month().atDay(1);
        // the grouping of every resident fits in memory instead of spilling to disk
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("""
                        insert into analytics.period (period, built_at) values (?, now())
                        on conflict (period) do update set built_at = now(), closed_at = null
                        """).param(period).update();
        jdbc.sql("delete from analytics.labour_count where period = ?")
                .param(period)
                .update();
        int rows = jdbc.sql("""
                        insert into analytics.labour_count
                            (period, area_code, depth, sex, age_band, education, residents, answered, employed, unemployed)
                        select :period, rt_code, array_length(string_to_array(rt_code, '.'), 1), sex, band, education,
                               residents, answered, employed, unemployed
                        from (%s) g
                        """.formatted(REGISTRY_COUNTS))
                .param("period", period)
                .param("last", month.lastDay())
                .param("since", month.answersCurrentSince())
                .update();
        // each enclosing level is the sum of the one below it: RW of RT, kelurahan of RW, and so on
        for (int depth = RT_DEPTH - 1; depth >= CITY_DEPTH; depth--) {
            rows += jdbc.sql("""
                            insert into analytics.labour_count
                                (period, area_code, depth, sex, age_band, education, residents, answered, employed, unemployed)
                            select period, left(area_code, %d), :depth, sex, age_band, education,
                                   sum(residents)::int, sum(answered)::int, sum(employed)::int, sum(unemployed)::int
                            from analytics.labour_count
                            where period = :period and depth = :below
                            group by period, left(area_code, %d), sex, age_band, education
                            """.formatted(PREFIX_LENGTHS[depth], PREFIX_LENGTHS[depth]))
                    .param("period", period)
                    .param("depth", depth)
                    .param("below", depth + 1)
                    .update();
        }
        return rows;
    }

    /** Marks every month before this one as closed: their rows are now month-end snapshots. */
    public int closeBefore(YearMonth month) {
        return jdbc.sql("update analytics.period set closed_at = now() where period < ? and closed_at is null")
                .param(month.atDay(1))
                .update();
    }

    /**
     * Adds deltas to the counts, in key order (so that concurrent writers lock rows in the same
     * order), and removes rows that fell to zero. Answers the keys whose counts went negative,
     * which only an inconsistent event can cause.
     */
    public List<String> apply(YearMonth month, Map<CountKey, Tally> deltas) {
        if (deltas.isEmpty()) {
            return List.of();
        }
        TreeMap<CountKey, Tally> sorted = new TreeMap<>(deltas);
        int n = sorted.size();
        String[] codes = new String[n];
        Integer[] depths = new Integer[n], bands = new Integer[n], educations = new Integer[n];
        String[] sexes = new String[n];
        Integer[] residents = new Integer[n],
                answered = new Integer[n],
                employed = new Integer[n],
                unemployed = new Integer[n];
        int i = 0;
        for (Map.Entry<CountKey, Tally> entry : sorted.entrySet()) {
            CountKey key = entry.getKey();
            Tally tally = entry.getValue();
            codes[i] = key.areaCode();
            depths[i] = key.depth();
            sexes[i] = key.cell().sex();
            bands[i] = key.cell().ageBand();
            educations[i] = key.cell().education();
            residents[i] = tally.residents();
            answered[i] = tally.answered();
            employed[i] = tally.employed();
            unemployed[i] = tally.unemployed();
            i++;
        }
        LocalDate period = month.atDay(1);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            List<String> negative = jdbc
                    .sql("""
                            insert into analytics.labour_count as c
                                (period, area_code, depth, sex, age_band, education, residents, answered, employed, unemployed)
                            select :period, d.area_code, d.depth, d.sex, d.age_band, d.education,
                                   d.residents, d.answered, d.employed, d.unemployed
                            from unnest(:codes, :depths, :sexes, :bands, :educations,
                                        :residents, :answered, :employed, :unemployed)
                                 as d(area_code, depth, sex, age_band, education, residents, answered, employed, unemployed)
                            order by d.area_code, d.sex, d.age_band, d.education
                            on conflict (period, area_code, sex, age_band, education) do update set
                                residents = c.residents + excluded.residents,
                                answered = c.answered + excluded.answered,
                                employed = c.employed + excluded.employed,
                                unemployed = c.unemployed + excluded.unemployed
                            returning c.area_code, c.residents, c.answered, c.employed, c.unemployed
                            """)
                    .param("period", period)
                    .param("codes", connection.createArrayOf("text", codes))
                    .param("depths", connection.createArrayOf("int2", depths))
                    .param("sexes", connection.createArrayOf("bpchar", sexes))
                    .param("bands", connection.createArrayOf("int2", bands))
                    .param("educations", connection.createArrayOf("int2", educations))
                    .param("residents", connection.createArrayOf("int4", residents))
                    .param("answered", connection.createArrayOf("int4", answered))
                    .param("employed", connection.createArrayOf("int4", employed))
                    .param("unemployed", connection.createArrayOf("int4", unemployed))
                    .query((rs, row) -> rs.getInt(2) < 0 || rs.getInt(3) < 0 || rs.getInt(4) < 0 || rs.getInt(5) < 0
                            ? rs.getString(1)
                            : null)
                    .list()
                    .stream()
                    .filter(code -> code != null)
                    .distinct()
                    .toList();
            jdbc.sql("""
                            delete from analytics.labour_count
                            where period = :period and area_code = any(:codes)
                              and residents = 0 and answered = 0 and employed = 0 and unemployed = 0
                            """)
                    .param("period", period)
                    .param("codes", connection.createArrayOf("text", codes))
                    .update();
            return new ArrayList<>(negative);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply figure deltas: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
