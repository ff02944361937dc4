package id.warga.benchmark;

import id.warga.analytics.AreaIndicators;
import id.warga.analytics.UnemploymentStatistics;
import id.warga.analytics.internal.FigureCache;
import id.warga.analytics.internal.MonthlyFigures;
import id.warga.population.LabourActivity;
import id.warga.population.LabourStatus;
import id.warga.population.ResidentProfile;
import id.warga.population.ResidentProfileChanged;
import id.warga.population.Sex;
import id.warga.region.RegionCode;
import java.io.FileWriter;
import java.io.Writer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unemployment figures on the full demo city: API latency at 50 concurrent clients (city and
 * kelurahan, also while changes are being committed), freshness (a committed change to the new
 * city figure), the full rebuild, and the same indicators computed by a live GROUP BY over the
 * residents (as OpenSID does) and by DuckDB in-process over the same rows.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test-compile exec:java} (see docs/benchmarks.md).
 */
public final class AnalyticsBenchmark {

    static final String CITY = "36.72";
    static final String KELURAHAN = "36.72.01.1002";
    static final Pattern UNEMPLOYED = Pattern.compile("\"unemployed\":(\\d+)");

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("benchmark.clients", 50);
        Duration measure = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        StringBuilder out = new StringBuilder();
        try (BenchmarkCity city = BenchmarkCity.start("analytics")) {
            MonthlyFigures monthly = city.bean(MonthlyFigures.class);
            monthly.openCurrentMonth();
            line(
                    out,
                    "city: %,d residents, %,d RT, generated and counted in %.1f s",
                    city.city.residents(),
                    city.city.rts(),
                    city.generationMillis / 1000.0);

            // full rebuild
            List<Long> rebuilds = new ArrayList<>();
            int rows = 0;
            for (int i = 0; i < 3; i++) {
                MonthlyFigures.Rebuilt rebuilt = monthly.rebuild();
                rebuilds.add(rebuilt.took().toMillis());
                rows = rebuilt.rows();
            }
            line(
                    out,
                    "full rebuild of the current month: %s ms (3 runs), %,d rows written; load average %s",
                    rebuilds,
                    rows,
                    loadAverage());

            // API latency
            List<HttpClient> sessions = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sessions.add(HttpLoad.signedIn(city.url(""), "kota", "demo"));
            }
            String cityUrl = city.url("/api/indicators/" + CITY);
            String kelurahanUrl = city.url("/api/indicators/" + KELURAHAN);
            // warm-up: let the JIT compile the request path, then start from a clean heap
            HttpLoad.run(sessions, cityUrl, Duration.ofSeconds(10));
            HttpLoad.run(sessions, kelurahanUrl, Duration.ofSeconds(5));
            HttpLoad.run(sessions, cityUrl, Duration.ofSeconds(10), 100);
            System.gc();
            latency(
                    out,
                    "GET /api/indicators/36.72 (city + 8 kecamatan), each client every 100 ms",
                    HttpLoad.run(sessions, cityUrl, measure, 100));
            latency(
                    out,
                    "GET /api/indicators/36.72.01.1002 (kelurahan + RW), each client every 100 ms",
                    HttpLoad.run(sessions, kelurahanUrl, measure, 100));
            System.gc();
            latency(
                    out,
                    "GET /api/indicators/36.72, back to back (saturation)",
                    HttpLoad.run(sessions, cityUrl, measure));
            latency(
                    out,
                    "GET /api/indicators/36.72.01.1002, back to back (saturation)",
                    HttpLoad.run(sessions, kelurahanUrl, measure));
            latency(
                    out,
                    "GET /api/indicators/36.72/map?level=kelurahan (GeoJSON, 43 polygons)",
                    HttpLoad.run(sessions, cityUrl + "/map?level=kelurahan", Duration.ofSeconds(10)));

            // latency while changes are committed, 10 a second
            Changer changer = new Changer(city);
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    changer.change();
                    sleep(100);
                }
            });
            writer.start();
            HttpLoad.Result underChange = HttpLoad.run(sessions, cityUrl, measure);
            writing.set(false);
            writer.join();
            latency(out, "GET /api/indicators/36.72 while 10 changes/s are committed", underChange);

            // the path of a request after a change: the figures recomputed from the counts
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "kota", null, List.of(new SimpleGrantedAuthority("ROLE_CITY"))));
            UnemploymentStatistics statistics = city.bean(UnemploymentStatistics.class);
            FigureCache cache = city.bean(FigureCache.class);
            YearMonth month = statistics.currentPeriod();
            long[] miss = new long[200];
            for (int i = 0; i < miss.length; i++) {
                cache.changed();
                long t0 = System.nanoTime();
                statistics.indicators(RegionCode.of(CITY), month);
                miss[i] = System.nanoTime() - t0;
            }
            Arrays.sort(miss);
            line(
                    out,
                    "city figures recomputed from the counts (after a change, no HTTP): p50 %.2f ms, p99 %.2f ms",
                    miss[99] / 1e6,
                    miss[197] / 1e6);

            // freshness
            HttpClient reader = sessions.get(0);
            long[] freshness = new long[100];
            for (int i = 0; i < freshness.length; i++) {
                int before = unemployed(HttpLoad.get(reader, cityUrl));
                long t0 = System.nanoTime();
                int delta = changer.change();
                int now;
                do {
                    now = unemployed(HttpLoad.get(reader, cityUrl));
                } while (now != before + delta && System.nanoTime() - t0 < 5_000_000_000L);
                freshness[i] = System.nanoTime() - t0;
                if (now != before + delta) {
                    throw new IllegalStateException("change not visible after 5 s");
                }
            }
            Arrays.sort(freshness);
            line(
                    out,
                    "freshness (change committed → new city figure read over HTTP), 100 changes: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    freshness[49] / 1e6,
                    freshness[98] / 1e6,
                    freshness[99] / 1e6);

            // the same indicators three ways
            AreaIndicators cityFigures = statistics.indicators(RegionCode.of(CITY), month);
            AreaIndicators kelFigures = statistics.indicators(RegionCode.of(KELURAHAN), month);
            LiveGroupBy live = new LiveGroupBy(city.bean(JdbcClient.class), month);
            live.city();
            long[] liveCity = time(5, live::city);
            long[] liveKel = time(5, live::kelurahan);
            Map<String, List<Integer>> liveFigures = live.city();
            line(
                    out,
                    "live GROUP BY over population.resident, city + kecamatan: median %.0f ms (5 runs: %s)",
                    liveCity[2] / 1e6,
                    millis(liveCity));
            line(out, "live GROUP BY, kelurahan + RW: median %.1f ms", liveKel[2] / 1e6);

            try (DuckDb duck = DuckDb.load(city.bean(DataSource.class), month)) {
                line(out, "DuckDB load (COPY out of PostgreSQL, read_csv): %.1f s", duck.loadMillis / 1000.0);
                duck.city();
                long[] duckCity = time(5, duck::city);
                long[] duckKel = time(5, duck::kelurahan);
                Map<String, List<Integer>> duckFigures = duck.city();
                line(
                        out,
                        "DuckDB in-process, city + kecamatan: median %.1f ms (5 runs: %s)",
                        duckCity[2] / 1e6,
                        millis(duckCity));
                line(out, "DuckDB in-process, kelurahan + RW: median %.1f ms", duckKel[2] / 1e6);
                Map<String, List<Integer>> ours = new TreeMap<>();
                ours.put(CITY, counts(cityFigures));
                cityFigures.children().forEach(c -> ours.put(c.code(), counts(c)));
                line(
                        out,
                        "same figures from the counts, the live GROUP BY and DuckDB: %s",
                        ours.equals(new TreeMap<>(liveFigures)) && ours.equals(new TreeMap<>(duckFigures))
                                ? "yes (city and 8 kecamatan: residents, 15+, answered, employed, unemployed)"
                                : "NO: counts " + ours + " live " + liveFigures + " duckdb " + duckFigures);
            }
            line(out, "kelurahan %s: TPT %.1f%%, the city: TPT %.1f%%", KELURAHAN, kelFigures.tpt(), cityFigures.tpt());
        }
        Path file = Path.of("target", "benchmarks", "analytics.md");
        Files.createDirectories(file.getParent());
        try (Writer writer = new FileWriter(file.toFile())) {
            writer.write(out.toString());
        }
        System.out.println("\n==== analytics benchmark ====\n" + out);
        System.exit(0);
    }

    static List<Integer> counts(AreaIndicators a) {
        return List.of(a.residents(), a.workingAge(), a.answered(), a.employed(), a.unemployed());
    }

    static void latency(StringBuilder out, String what, HttpLoad.Result result) {
        line(
                out,
                "%s: %,d requests in %.0f s (%,.0f/s), p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms, errors %d;"
                        + " JVM CPU %.0f µs per request (server and load generator); load average %s",
                what,
                result.requests(),
                result.elapsedNanos() / 1e9,
                result.throughput(),
                result.percentileMillis(50),
                result.percentileMillis(90),
                result.percentileMillis(99),
                result.percentileMillis(100),
                result.errors(),
                result.cpuNanos() / 1e3 / Math.max(1, result.requests()),
                loadAverage());
    }

    /** The machine's 1-minute load average: on a shared machine, other work inflates every latency. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    static void line(StringBuilder out, String format, Object... args) {
        String text = "- " + String.format(Locale.ROOT, format, args);
        System.out.println(text);
        out.append(text).append('\n');
    }

    static int unemployed(String json) {
        Matcher m = UNEMPLOYED.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no unemployed in " + json);
        }
        return Integer.parseInt(m.group(1));
    }

    static long[] time(int runs, ThrowingRunnable action) throws Exception {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.run();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return times;
    }

    static String millis(long[] nanos) {
        return Arrays.stream(nanos)
                .mapToObj(n -> String.format(Locale.ROOT, "%.0f", n / 1e6))
                .toList()
                .toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * Plays the registry approving a change: a resident of working age in the city starts or stops
     * looking for work, their row changes and the event is published in the same transaction.
     * Answers the change in the city's unemployed count.
     */
    static final class Changer {
        private final JdbcClient jdbc;
        private final TransactionTemplate transaction;
        private final ApplicationEventPublisher events;
        private final List<Long> pool;
        private final Random random = new Random(7);

        Changer(BenchmarkCity city) {
            this.jdbc = city.bean(JdbcClient.class);
            this.transaction = city.bean(TransactionTemplate.class);
            this.events = city.context;
            this.pool = jdbc.sql("""
                            select id from population.resident
                            where labour_status in ('EMPLOYED', 'UNEMPLOYED') and labour_reference_date > current_date - 60
                            order by id limit 2000
                            """).query(Long.class).list();
        }

        synchronized int change() {
            long id = pool.get(random.nextInt(pool.size()));
            return transaction.execute(status -> {
                var row = jdbc.sql("""
                                select rt_code, sex, birth_date, education, labour_activity, labour_reference_date
                                from population.resident where id = ? for update
                                """)
                        .param(id)
                        .query((rs, i) -> new ResidentProfile(
                                rs.getString(1),
                                Sex.ofCode(rs.getString(2)),
                                rs.getDate(3).toLocalDate(),
                                (Integer) rs.getObject(4),
                                LabourActivity.valueOf(rs.getString(5)),
                                rs.getDate(6).toLocalDate()))
                        .single();
                boolean wasUnemployed = row.labourActivity() == LabourActivity.LOOKING_FOR_WORK
                        || row.labourActivity().status() == LabourStatus.UNEMPLOYED;
                LabourActivity next = wasUnemployed ? LabourActivity.WORKED : LabourActivity.LOOKING_FOR_WORK;
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
                jdbc.sql("update population.resident set labour_activity = ?, labour_reference_date = ? where id = ?")
                        .params(next.name(), today, id)
                        .update();
                ResidentProfile after =
                        new ResidentProfile(row.rtCode(), row.sex(), row.birthDate(), row.education(), next, today);
                events.publishEvent(new ResidentProfileChanged(id, row, after));
                return wasUnemployed ? -1 : 1;
            });
        }
    }

    /** The indicators as OpenSID computes its statistics: a GROUP BY over every resident, per request. */
    static final class LiveGroupBy {
        private final JdbcClient jdbc;
        private final LocalDate last;
        private final LocalDate since;

        LiveGroupBy(JdbcClient jdbc, YearMonth month) {
            this.jdbc = jdbc;
            this.last = month.atEndOfMonth();
            this.since = month.minusMonths(5).atDay(1);
        }

        Map<String, List<Integer>> city() {
            return query(CITY, 8);
        }

        Map<String, List<Integer>> kelurahan() {
            return query(KELURAHAN, 17);
        }

        private Map<String, List<Integer>> query(String area, int childLength) {
            Map<String, List<Integer>> figures = new TreeMap<>();
            jdbc.sql("""
                            select coalesce(left(rt_code, %d), :area) as area,
                                   count(*) as residents,
                                   count(*) filter (where age >= 15) as working_age,
                                   count(*) filter (where age >= 15 and answered) as answered,
                                   count(*) filter (where age >= 15 and answered and labour_status = 'EMPLOYED') as employed,
                                   count(*) filter (where age >= 15 and answered and labour_status = 'UNEMPLOYED') as unemployed
                            from (
                                select rt_code, labour_status,
                                       labour_reference_date between :since and :last as answered,
                                       extract(year from cast(:last as date))::int - extract(year from birth_date)::int
                                       - case when to_char(birth_date, 'MMDD') > :mmdd then 1 else 0 end as age
                                from population.resident
                                where life_status = 'ALIVE' and birth_date <= :last and rt_code like :prefix
                            ) r
                            group by rollup (left(rt_code, %d))
                            """.formatted(childLength, childLength))
                    .param("area", area)
                    .param("since", since)
                    .param("last", last)
                    .param("mmdd", String.format("%02d%02d", last.getMonthValue(), last.getDayOfMonth()))
                    .param("prefix", area + ".%")
                    .query(rs -> {
                        figures.put(
                                rs.getString(1),
                                List.of(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                    });
            return figures;
        }
    }

    /** The same rows in DuckDB, in this process: the columnar limit for a full scan. */
    static final class DuckDb implements AutoCloseable {
        final Connection connection;
        final long loadMillis;
        final LocalDate last;
        final LocalDate since;

        private DuckDb(Connection connection, long loadMillis, YearMonth month) {
            this.connection = connection;
            this.loadMillis = loadMillis;
            this.last = month.atEndOfMonth();
            this.since = month.minusMonths(5).atDay(1);
        }

        static DuckDb load(DataSource postgres, YearMonth month) throws Exception {
            long t0 = System.nanoTime();
            Path csv = Files.createTempFile("warga-residents", ".csv");
            try (Connection pg = postgres.getConnection();
                    var file = Files.newOutputStream(csv)) {
                pg.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                                copy (select rt_code, sex, birth_date, education, life_status, labour_status,
                                             labour_reference_date from population.resident)
                                to stdout with (format csv, header)""", file);
            }
            Connection duck = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = duck.createStatement()) {
                s.execute("create table resident as select * from read_csv('" + csv + "', header = true, columns = {"
                        + "'rt_code': 'VARCHAR', 'sex': 'VARCHAR', 'birth_date': 'DATE', 'education': 'SMALLINT',"
                        + "'life_status': 'VARCHAR', 'labour_status': 'VARCHAR', 'labour_reference_date': 'DATE'})");
            }
            Files.deleteIfExists(csv);
            return new DuckDb(duck, (System.nanoTime() - t0) / 1_000_000, month);
        }

        Map<String, List<Integer>> city() throws Exception {
            return query(CITY, 8);
        }

        Map<String, List<Integer>> kelurahan() throws Exception {
            return query(KELURAHAN, 17);
        }

        private Map<String, List<Integer>> query(String area, int childLength) throws Exception {
            String mmdd = String.format("%02d%02d", last.getMonthValue(), last.getDayOfMonth());
            String sql = """
                    select coalesce(left(rt_code, %d), '%s') as area,
                           count(*) as residents,
                           count(*) filter (where age >= 15) as working_age,
                           count(*) filter (where age >= 15 and answered) as answered,
                           count(*) filter (where age >= 15 and answered and labour_status = 'EMPLOYED') as employed,
                           count(*) filter (where age >= 15 and answered and labour_status = 'UNEMPLOYED') as unemployed
                    from (
                        select rt_code, labour_status,
                               coalesce(labour_reference_date between DATE '%s' and DATE '%s', false) as answered,
                               %d - year(birth_date) - case when strftime(birth_date, '%%m%%d') > '%s' then 1 else 0 end as age
                        from resident
                        where life_status = 'ALIVE' and birth_date <= DATE '%s' and rt_code like '%s.%%'
                    ) r
                    group by rollup (left(rt_code, %d))
                    """.formatted(childLength, area, since, last, last.getYear(), mmdd, last, area, childLength);
            Map<String, List<Integer>> figures = new TreeMap<>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    figures.put(
                            rs.getString(1),
                            List.of(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }
            }
            return figures;
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }
}
