package id.warga.benchmark;

import id.warga.exchange.ImportMode;
import id.warga.exchange.ImportStatus;
import id.warga.exchange.ImportView;
import id.warga.exchange.Imports;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import benchmark: generates an OpenSID-layout CSV of N residents (default the city's 483,015)
 * for one kelurahan, times a raw PostgreSQL COPY of the same file into a bare table, then times its
 * import with full validation (every row checked by the registry's rules, then written), and prints
 * both, their ratio, rows per second and the highest heap use seen. Not part of the build; run it
 * alone, with the heap capped to prove memory stays bounded:
 *
 * <pre>./mvnw test -Dtest=ImportBenchmark -DargLine="-Xmx512m" [-Dbenchmark.residents=483015] [-Dbenchmark.warmup=50000]</pre>
 *
 * With {@code benchmark.warmup} set, a file of that many residents of another kelurahan is imported
 * first (untimed), as on a server that has imported before.
 *
 * It uses a database of its own (target/test-postgres-import-benchmark), emptied at each run.
 */
@SpringBootTest(
        properties = {
            "warga.database.embedded.data-directory=target/test-postgres-import-benchmark",
            "warga.exchange.batch-rows=${benchmark.batch-rows:5000}",
            "warga.exchange.work-directory=target/benchmark/imports",
            "logging.level.id.warga=warn",
            "logging.level.id.warga.exchange.ImportWorker=info"
        })
class ImportBenchmark {

    static final String KELURAHAN = "36.72.04.1001";
    static final String WARMUP_KELURAHAN = "36.72.04.1002";
    static final List<String> OPENSID = List.of(
            "alamat",
            "dusun",
            "rw",
            "rt",
            "nama",
            "no_kk",
            "nik",
            "sex",
            "tempatlahir",
            "tanggallahir",
            "agama_id",
            "pendidikan_kk_id",
            "pendidikan_sedang_id",
            "pekerjaan_id",
            "status_kawin",
            "kk_level",
            "warganegara_id",
            "ayah_nik",
            "nama_ayah",
            "ibu_nik",
            "nama_ibu",
            "golongan_darah_id",
            "akta_lahir",
            "dokumen_pasport",
            "tanggal_akhir_paspor",
            "dokumen_kitas",
            "akta_perkawinan",
            "tanggalperkawinan",
            "akta_perceraian",
            "tanggalperceraian",
            "cacat_id",
            "cara_kb_id",
            "hamil",
            "ktp_el",
            "status_rekam",
            "alamat_sekarang",
            "status_dasar",
            "suku",
            "tag_id_card",
            "id_asuransi",
            "no_asuransi",
            "lat",
            "lng");

    @Autowired
    Imports imports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheCityWithinTwiceTheRawCopyTime() throws Exception {
        int residents = Integer.getInteger("benchmark.residents", 483_015);
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("opensid-" + residents + ".csv");
        long t0 = System.nanoTime();
        int rows = generate(file, residents);
        double generated = seconds(t0);

        jdbc.sql("drop table if exists public.raw_opensid").update();
        jdbc.sql("create unlogged table public.raw_opensid (" + String.join(" text, ", OPENSID) + " text)")
                .update();
        long c0 = System.nanoTime();
        long copied;
        try (Connection connection = dataSource.getConnection();
                Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy public.raw_opensid from stdin with (format csv, header true)", reader);
        }
        double copySeconds = seconds(c0);
        // the bare table was logged as unlogged: make it a fair match for the registry's logged tables
        jdbc.sql("drop table public.raw_opensid").update();
        jdbc.sql("create table public.raw_opensid (" + String.join(" text, ", OPENSID) + " text)")
                .update();
        long l0 = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy public.raw_opensid from stdin with (format csv, header true)", reader);
        }
        double loggedCopySeconds = seconds(l0);
        jdbc.sql("drop table public.raw_opensid").update();

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        int warmup = Integer.getInteger("benchmark.warmup", 0);
        double warmupSeconds = 0;
        if (warmup > 0) {
            // a server that has imported before: another kelurahan's file first, so the import's code
            // is compiled by the JIT before the timed run (a first import after start pays for that too)
            Path small = dir.resolve("opensid-warmup-" + warmup + ".csv");
            generate(small, warmup, 7, 9000);
            long w0 = System.nanoTime();
            ImportView done = importAndWait(small, WARMUP_KELURAHAN);
            warmupSeconds = seconds(w0);
            if (done.status() != ImportStatus.COMPLETED) {
                throw new AssertionError("warm-up import ended " + done.status() + " " + done.failure());
            }
        }
        HeapWatch heap = new HeapWatch();
        heap.start();
        long i0 = System.nanoTime();
        UUID id;
        try (InputStream in = Files.newInputStream(file)) {
            id = imports.start(
                    file.getFileName().toString(), Files.size(file), in, KELURAHAN, ImportMode.VALID_ROWS, true);
        }
        ImportView job = imports.find(id, Locale.ENGLISH);
        double checkSeconds = 0;
        while (job.status().running() || job.status() == ImportStatus.QUEUED) {
            Thread.sleep(100);
            ImportView next = imports.find(id, Locale.ENGLISH);
            if (checkSeconds == 0 && "WRITE".equals(next.phase())) {
                checkSeconds = seconds(i0);
            }
            job = next;
        }
        double importSeconds = seconds(i0);
        heap.stopWatching();

        // the floor of any import: the same residents written into a copy of the registry's resident table
        // with all its indexes (NIK, household, RT, one head per KK, the trigram index for name search…)
        jdbc.sql("drop table if exists public.resident_shaped").update();
        jdbc.sql("create table public.resident_shaped (like population.resident including all)")
                .update();
        String columns = String.join(", ", jdbc.sql("""
                                select column_name from information_schema.columns
                                where table_schema = 'population' and table_name = 'resident' and is_generated = 'NEVER'
                                order by ordinal_position""").query(String.class).list());
        long r0 = System.nanoTime();
        int shaped = jdbc.sql("insert into public.resident_shaped (" + columns + ") select " + columns
                        + " from population.resident where rt_code like ?")
                .param(KELURAHAN + ".%")
                .update();
        double shapedSeconds = seconds(r0);
        jdbc.sql("drop table public.resident_shaped").update();
        double best = Math.min(copySeconds, loggedCopySeconds);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK import: file %s, %,d rows, %.1f MB, generated in %.1f s%n",
                file,
                rows,
                Files.size(file) / 1e6,
                generated);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK raw COPY into a bare table: %,d rows in %.2f s (unlogged) / %.2f s (logged)%n",
                copied,
                copySeconds,
                loggedCopySeconds);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK %s%n",
                warmup > 0
                        ? String.format(
                                Locale.ROOT,
                                "warm server: %,d residents of another kelurahan imported first, in %.2f s",
                                warmup,
                                warmupSeconds)
                        : "cold server: the first import since the application started");
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK import with full validation: %s, %,d imported, %,d rejected, in %.2f s"
                        + " (checking pass %.2f s, writing pass %.2f s)%n",
                job.status(),
                job.rowsImported(),
                job.rowsRejected(),
                importSeconds,
                checkSeconds,
                importSeconds - checkSeconds);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK ratio import / raw COPY (logged): %.2f; %,.0f rows/s; heap max %d MB, highest used %d MB%n",
                importSeconds / loggedCopySeconds,
                rows / importSeconds,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                heap.peak.get() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "BENCHMARK ratio import / fastest raw COPY: %.2f%n", importSeconds / best);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK the same %,d residents inserted into a copy of population.resident with its indexes: %.2f s%n",
                shaped,
                shapedSeconds);
        if (job.status() != ImportStatus.COMPLETED) {
            throw new AssertionError("import ended " + job.status() + " " + job.failure());
        }
    }

    /** Households of 1–6 members in RW 1–120, RT 1–20, NIKs agreeing with sex and birth date. */
    static int generate(Path file, int residents) throws IOException {
        return generate(file, residents, 2025, 0);
    }

    /**
     * As {@link #generate(Path, int)}, from another seed and with KK and NIK serial numbers counted
     * from {@code firstSerial}, so two files never share a KK number or NIK.
     */
    static int generate(Path file, int residents, long seed, int firstSerial) throws IOException {
        Random random = new Random(seed);
        int rows = 0;
        int serial = 0;
        String[] men = {"AHMAD", "BUDI", "DEDI", "EKO", "FAJAR", "HENDRA", "IWAN", "JOKO", "AGUS", "RUDI"};
        String[] women = {"SITI", "DEWI", "RINA", "NUR", "LINA", "TUTI", "WATI", "YANI", "ANI", "EUIS"};
        String[] families = {"SAPUTRA", "HIDAYAT", "KURNIAWAN", "PRATAMA", "SETIAWAN", "RAHMAN", "SANTOSO"};
        java.util.Map<LocalDate, Integer> kkSerials = new java.util.HashMap<>();
        java.util.Map<String, Integer> nikSerials = new java.util.HashMap<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", OPENSID));
            out.write('\n');
            int household = 0;
            while (rows < residents) {
                household++;
                int size = Math.min(residents - rows, 1 + random.nextInt(6));
                int rw = 1 + (household / 1200) % 120;
                int rt = 1 + (household / 60) % 20;
                LocalDate issued = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(7000));
                String kk = String.format(
                        "367204%02d%02d%02d%04d",
                        issued.getDayOfMonth(),
                        issued.getMonthValue(),
                        issued.getYear() % 100,
                        firstSerial + kkSerials.merge(issued, 1, Integer::sum));
                String family = families[random.nextInt(families.length)];
                LocalDate headBorn =
                        LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
                for (int m = 0; m < size; m++) {
                    boolean female = m == 1 || (m > 1 && random.nextBoolean());
                    LocalDate born = m == 0 ? headBorn : m == 1 ? headBorn.plusYears(3) : headBorn.plusYears(22 + m);
                    if (born.isAfter(LocalDate.now().minusYears(1))) {
                        born = LocalDate.now().minusYears(2);
                    }
                    serial++;
                    String prefix = String.format(
                            "3672%02d%02d%02d%02d",
                            1 + serial % 8,
                            born.getDayOfMonth() + (female ? 40 : 0),
                            born.getMonthValue(),
                            born.getYear() % 100);
                    String nik =
                            prefix + String.format("%04d", firstSerial + nikSerials.merge(prefix, 1, Integer::sum));
                    String name = (female ? women : men)[random.nextInt(10)] + " " + family;
                    int relation = m == 0 ? 1 : m == 1 ? 3 : 4;
                    List<String> cells = new ArrayList<>(OPENSID.size());
                    cells.add("Jl. Benchmark No. " + household);
                    cells.add("LINGKUNGAN " + (1 + rw / 10));
                    cells.add(String.format("%03d", rw));
                    cells.add(String.format("%03d", rt));
                    cells.add(name);
                    cells.add(kk);
                    cells.add(nik);
                    cells.add(female ? "2" : "1");
                    cells.add("CILEGON");
                    cells.add(born.toString());
                    cells.add("1");
                    cells.add(m < 2 ? "5" : "3");
                    cells.add("18");
                    cells.add(m == 0 ? "15" : m == 1 ? "2" : "3");
                    cells.add(m < 2 ? "2" : "1");
                    cells.add(String.valueOf(relation));
                    cells.add("1");
                    while (cells.size() < OPENSID.size()) {
                        cells.add("");
                    }
                    cells.set(OPENSID.indexOf("golongan_darah_id"), "13");
                    cells.set(OPENSID.indexOf("status_dasar"), "1");
                    cells.set(OPENSID.indexOf("no_asuransi"), String.format("000%010d", serial));
                    out.write(String.join(",", cells));
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private ImportView importAndWait(Path file, String kelurahan) throws Exception {
        UUID id;
        try (InputStream in = Files.newInputStream(file)) {
            id = imports.start(
                    file.getFileName().toString(), Files.size(file), in, kelurahan, ImportMode.VALID_ROWS, true);
        }
        ImportView job = imports.find(id, Locale.ENGLISH);
        while (job.status().running() || job.status() == ImportStatus.QUEUED) {
            Thread.sleep(100);
            job = imports.find(id, Locale.ENGLISH);
        }
        return job;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The highest heap use seen, sampled every 50 ms. */
    static final class HeapWatch extends Thread {
        final AtomicLong peak = new AtomicLong();
        volatile boolean running = true;

        HeapWatch() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                    }
                }
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopWatching() {
            running = false;
        }
    }
}
