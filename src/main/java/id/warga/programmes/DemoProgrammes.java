package id.warga.programmes;

import id.warga.access.AccessControl;
import id.warga.demo.DemoCityGenerated;
import id.warga.population.PopulationDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the {@code demo} profile, on a database without programmes: environment fund plans of this
 * year in every state for the RWs of Kedaleman (the demo accounts' kelurahan), approved plans with
 * spending in the first RW of other kelurahan (so the public map has colours), and three aid
 * programmes, two of which exclude each other. Written once; later starts leave them alone. When
 * the demo city is generated, recipients and scholarships follow in the same kelurahan.
 */
@Component
@Profile("demo")
class DemoProgrammes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);
    private static final String KEDALEMAN = "36.72.01.1002";
    private static final List<String> OTHER_KELURAHAN = List.of(
            "36.72.01.1001",
            "36.72.02.1001",
            "36.72.03.1001",
            "36.72.04.1001",
            "36.72.05.1001",
            "36.72.06.1001",
            "36.72.07.1001",
            "36.72.08.1001",
            "36.72.08.1004");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ProgrammeSettings settings;
    private final DemoRecipients recipients;
    private final AccessControl access;

    DemoProgrammes(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ProgrammeSettings settings,
            PopulationDirectory population,
            AidProgrammes aid,
            Scholarships scholarships,
            AccessControl access) {
        this.access = access;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.recipients = new DemoRecipients(population, aid, scholarships);
    }

    /** Once the demo city has residents: aid recipients and scholarships in the same kelurahan, as the city's administrator. */
    @EventListener
    void on(DemoCityGenerated generated) {
        try {
            access.runAs("admin", () -> {
                List<String> kelurahan = new java.util.ArrayList<>(OTHER_KELURAHAN);
                kelurahan.add(0, KEDALEMAN);
                int written = recipients.fill(kelurahan, settings.today().getYear());
                log.info("Demo programmes: {} aid recipients and scholarships written", written);
            });
        } catch (RuntimeException e) {
            log.warn("Demo aid recipients and scholarships could not be written", e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from programmes.rw_fund_plan")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> write());
        log.info(
                "Demo programmes written: environment fund plans for Kedaleman and {} other kelurahan, 3 aid programmes",
                OTHER_KELURAHAN.size());
    }

    private void write() {
        int year = settings.today().getYear();
        LocalDate spentOn =
                LocalDate.of(year, 1, 1).isAfter(settings.today()) ? settings.today() : LocalDate.of(year, 1, 1);
        plan(KEDALEMAN + ".001", year, PlanStatus.DRAFT, 0);
        plan(KEDALEMAN + ".002", year, PlanStatus.SUBMITTED, 0);
        plan(KEDALEMAN + ".003", year, PlanStatus.VERIFIED_KELURAHAN, 0);
        plan(KEDALEMAN + ".004", year, PlanStatus.VERIFIED_KECAMATAN, 0);
        long approved = plan(KEDALEMAN + ".005", year, PlanStatus.APPROVED, 50);
        spend(approved, spentOn, 0.45);
        long done = plan(KEDALEMAN + ".006", year, PlanStatus.APPROVED, 100);
        spend(done, spentOn, 0.98);
        double[] shares = {0.15, 0.35, 0.55, 0.7, 0.9, 1.0, 0.25, 0.6, 0.8};
        for (int i = 0; i < OTHER_KELURAHAN.size(); i++) {
            // the first eight RWs of each (an RW the demo city does not have is simply not shown)
            for (int rw = 1; rw <= 8; rw++) {
                double share = Math.min(1.0, shares[i] * (0.8 + 0.05 * rw));
                long id = plan(
                        OTHER_KELURAHAN.get(i) + String.format(".%03d", rw),
                        year,
                        PlanStatus.APPROVED,
                        share >= 0.99 ? 100 : share >= 0.4 ? 50 : 0);
                spend(id, spentOn, share);
            }
        }
        long blt = aid("BLT Dana Kelurahan", "APBD", "PERSON", year, 300_000, 2_000);
        long pkh = aid("Bantuan sosial lansia", "INPRES", "PERSON", year, 600_000, null);
        aid("Pengelolaan sampah rumah tangga", "PLN", "HOUSEHOLD", year, 250_000, 5_000);
        jdbc.sql("insert into programmes.aid_exclusion (programme_id, excluded_id) values (?, ?), (?, ?)")
                .params(blt, pkh, pkh, blt)
                .update();
    }

    /** A plan spending the allocation on two activities (60 % infrastructure, 40 % empowerment), moved to {@code status}. */
    private long plan(String rw, int year, PlanStatus status, int progress) {
        long allocation = settings.rwFund().annualAmount();
        long id = jdbc.sql("insert into programmes.rw_fund_plan (rw_code, year, allocation, status, created_by)"
                        + " values (?, ?, ?, ?, 'rw') returning id")
                .params(rw, year, allocation, status.name())
                .query(Long.class)
                .single();
        long infra = allocation * 6 / 10;
        jdbc.sql(
                        "insert into programmes.rw_fund_activity (plan_id, position, name, category, budget, description, progress)"
                                + " values (?, 1, 'Betonisasi jalan lingkungan', 'INFRASTRUKTUR', ?, 'Gang utama sepanjang 120 m', ?),"
                                + " (?, 2, 'Pelatihan usaha ibu-ibu PKK', 'PEMBERDAYAAN', ?, null, ?)")
                .params(id, infra, progress, id, allocation - infra, progress)
                .update();
        Instant at = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        step(id, "CREATED", null, PlanStatus.DRAFT, "rw", at);
        List<PlanStatus> path = List.of(
                PlanStatus.SUBMITTED,
                PlanStatus.VERIFIED_KELURAHAN,
                PlanStatus.VERIFIED_KECAMATAN,
                PlanStatus.APPROVED);
        List<String> actors = List.of("rw", "lurah", "camat", "kota");
        PlanStatus from = PlanStatus.DRAFT;
        for (int i = 0; i < path.size() && from != status; i++) {
            String action = i == 0 ? "SUBMITTED" : i == 3 ? "APPROVED" : "VERIFIED";
            step(id, action, from, path.get(i), actors.get(i), at.plus(i + 1, ChronoUnit.DAYS));
            from = path.get(i);
        }
        return id;
    }

    private void step(long plan, String action, PlanStatus from, PlanStatus to, String actor, Instant at) {
        jdbc.sql("insert into programmes.rw_fund_step (plan_id, action, from_status, to_status, actor, at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(plan, action, from == null ? null : from.name(), to.name(), actor, Timestamp.from(at))
                .update();
    }

    /** Spending of {@code share} of each activity's budget, on one receipt per activity. */
    private void spend(long plan, LocalDate on, double share) {
        jdbc.sql("""
                        insert into programmes.rw_fund_spending (activity_id, spent_on, amount, description, receipt_number, recorded_by)
                        select id, ?, greatest(1, floor(budget * ?)::bigint), 'Belanja bahan dan upah', 'KW-' || id, 'rw'
                        from programmes.rw_fund_activity where plan_id = ?
                        """).params(on, share, plan).update();
    }

    private long aid(String name, String source, String target, int year, long amount, Integer quota) {
        return jdbc.sql("insert into programmes.aid_programme (name, source, target, year, amount, quota, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, 'kota') returning id")
                .params(name, source, target, year, amount, quota)
                .query(Long.class)
                .single();
    }
}
