package id.warga.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.analytics.internal.CountKey;
import id.warga.analytics.internal.IndicatorQueries;
import id.warga.analytics.internal.MonthlyFigures;
import id.warga.analytics.internal.Tally;
import id.warga.population.LabourActivity;
import id.warga.population.PopulationBulkLoad;
import id.warga.population.ResidentProfile;
import id.warga.population.ResidentProfileChanged;
import id.warga.population.Sex;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A property: whatever sequence of approved changes the registry makes (moves within and across
 * kelurahan, births, deaths, returns, new labour answers, answers going stale, corrections of sex,
 * birth date and education, bulk loads, several changes in one transaction, transactions rolled
 * back), the figures kept by applying each change's delta equal a full rebuild from the registry.
 * The test plays the registry: it changes the rows and publishes the events it would.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalFiguresPropertyIntegrationTests {

    @Autowired
    LabourFixtures fixtures;

    @Autowired
    RegionDirectory regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PopulationBulkLoad bulkLoad;

    @Autowired
    MonthlyFigures monthly;

    @Autowired
    IndicatorQueries queries;

    @Autowired
    UnemploymentStatistics statistics;

    final List<RegionCode> rts = new ArrayList<>();
    YearMonth month;
    LocalDate lastDay;
    LocalDate since;

    @BeforeAll
    void sandbox() {
        fixtures.smallCity();
        RegionCode first = RegionCode.of("36.72.01.1001.902");
        RegionCode second =
                regions.children(RegionCode.of("36.72.02")).get(0).code().child(902);
        for (RegionCode rw : List.of(first, second)) {
            fixtures.units(rw, 3);
            for (int rt = 1; rt <= 3; rt++) {
                rts.add(rw.child(rt));
            }
        }
        month = statistics.currentPeriod();
        lastDay = month.atEndOfMonth();
        since = month.minusMonths(5).atDay(1);
    }

    @Test
    void incrementalFiguresEqualAFullRebuildAfterAnyRandomSequenceOfChanges() {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            if (seed == 1) {
                transaction.executeWithoutResult(status -> bulkLoad(random, 12));
            }
            for (int step = 0; step < 50; step++) {
                transaction.executeWithoutResult(status -> {
                    int operations = 1 + random.nextInt(4);
                    for (int i = 0; i < operations; i++) {
                        double pick = random.nextDouble();
                        if (pick < 0.75) {
                            change(random);
                        } else if (pick < 0.92) {
                            newResident(random);
                        } else {
                            bulkLoad(random, 1 + random.nextInt(2));
                        }
                    }
                    if (random.nextDouble() < 0.15) {
                        status.setRollbackOnly();
                    }
                });
            }
            Map<CountKey, Tally> incremental = new TreeMap<>(queries.everything(month));
            monthly.rebuild();
            Map<CountKey, Tally> rebuilt = new TreeMap<>(queries.everything(month));
            assertThat(incremental).as("seed %d", seed).isEqualTo(rebuilt);
        }
        assertThat(jdbc.sql("select count(*) from population.resident where rt_code like '%.902.%'")
                        .query(Integer.class)
                        .single())
                .isGreaterThan(100);
    }

    private void change(Random random) {
        List<Long> ids = jdbc.sql("select id from population.resident where rt_code = any(?) order by id")
                .param(rts.stream().map(RegionCode::value).toArray(String[]::new))
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return;
        }
        long id = ids.get(random.nextInt(ids.size()));
        Row row = jdbc.sql("""
                        select rt_code, sex, birth_date, education, labour_activity, labour_reference_date, life_status
                        from population.resident where id = ?
                        """)
                .param(id)
                .query((rs, i) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        (Integer) rs.getObject(4),
                        rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getString(7)))
                .single();
        Row after = row;
        int kind = random.nextInt(7);
        switch (kind) {
            case 0 -> after = after.withRt(rts.get(random.nextInt(rts.size())).value());
            case 1 -> after = after.withSex(row.sex().equals("M") ? "F" : "M");
            case 2 -> after = after.withBirthDate(birthDate(random));
            case 3 -> after = after.withEducation(education(random));
            case 4, 5 -> after = labour(random, after);
            default ->
                after = after.withLifeStatus(
                        random.nextDouble() < 0.5
                                ? "ALIVE"
                                : List.of("DEAD", "MOVED_OUT", "MISSING").get(random.nextInt(3)));
        }
        if (random.nextDouble() < 0.3) {
            after = labour(
                    random, after.withRt(rts.get(random.nextInt(rts.size())).value()));
        }
        jdbc.sql("""
                        update population.resident set rt_code = ?, sex = ?, birth_date = ?, education = ?,
                            labour_activity = ?, labour_reference_date = ?, life_status = ?, version = version + 1
                        where id = ?
                        """)
                .params(
                        after.rtCode(),
                        after.sex(),
                        after.birthDate(),
                        after.education(),
                        after.activity(),
                        after.reference(),
                        after.lifeStatus(),
                        id)
                .update();
        events.publishEvent(new ResidentProfileChanged(id, row.profile(), after.profile()));
    }

    private void newResident(Random random) {
        Long household = jdbc.sql("select min(household_id) from population.resident where rt_code = ?")
                .param(rts.get(random.nextInt(rts.size())).value())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (household == null) {
            return;
        }
        Row row = labour(
                random,
                new Row(
                        rts.get(random.nextInt(rts.size())).value(),
                        random.nextBoolean() ? "M" : "F",
                        birthDate(random),
                        education(random),
                        null,
                        null,
                        "ALIVE"));
        long id = jdbc.sql("""
                        insert into population.resident (nik, household_id, name, sex, birth_date, education, relation,
                            rt_code, labour_activity, labour_reference_date)
                        values (?, ?, 'WARGA ACAK', ?, ?, ?, 4, ?, ?, ?) returning id
                        """)
                .params(
                        LabourFixtures.household(rts.get(0), List.of()).kkNumber(),
                        household,
                        row.sex(),
                        row.birthDate(),
                        row.education(),
                        row.rtCode(),
                        row.activity(),
                        row.reference())
                .query(Long.class)
                .single();
        events.publishEvent(new ResidentProfileChanged(id, null, row.profile()));
    }

    private void bulkLoad(Random random, int households) {
        List<id.warga.population.NewHousehold> loaded = new ArrayList<>();
        for (int h = 0; h < households; h++) {
            List<id.warga.population.NewResident> members = new ArrayList<>();
            int size = 1 + random.nextInt(5);
            for (int m = 0; m < size; m++) {
                Row row = labour(random, new Row(null, "M", birthDate(random), education(random), null, null, "ALIVE"));
                members.add(new id.warga.population.NewResident(
                        LabourFixtures.household(rts.get(0), List.of()).kkNumber(),
                        "WARGA MASSAL",
                        random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                        null,
                        row.birthDate(),
                        1,
                        1,
                        row.education(),
                        1,
                        m == 0 ? 1 : 4,
                        1,
                        null,
                        row.activity() == null ? null : LabourActivity.valueOf(row.activity()),
                        row.reference()));
            }
            loaded.add(LabourFixtures.household(rts.get(random.nextInt(rts.size())), members));
        }
        bulkLoad.load(loaded);
    }

    /** Birth dates around the edges the rules care about: turning 15, 25 and 65 on the month's last day, 29 February. */
    private LocalDate birthDate(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> lastDay.minusYears(15);
            case 1 -> lastDay.minusYears(15).plusDays(1);
            case 2 -> lastDay.minusYears(25).plusDays(random.nextInt(2));
            case 3 -> lastDay.minusYears(65).plusDays(random.nextInt(2));
            case 4 -> LocalDate.of(2008 + 4 * random.nextInt(3), 2, 29);
            case 5 -> lastDay.minusDays(random.nextInt(40));
            default -> LocalDate.of(1935, 1, 1).plusDays(random.nextInt(33_000));
        };
    }

    private static Integer education(Random random) {
        int code = random.nextInt(13);
        return code == 12 ? null : code; // 0 and 11 are not Dukcapil codes: they count as unknown
    }

    /** A new labour answer, none, or one dated around the edges of the six months that keep it current. */
    private Row labour(Random random, Row row) {
        if (random.nextDouble() < 0.15) {
            return row.withLabour(null, null);
        }
        LabourActivity activity = LabourActivity.values()[random.nextInt(LabourActivity.values().length)];
        LocalDate reference = switch (random.nextInt(6)) {
            case 0 -> since.minusDays(1);
            case 1 -> since;
            case 2 -> lastDay;
            case 3 -> LocalDate.now();
            default -> lastDay.minusDays(random.nextInt(300));
        };
        return row.withLabour(activity.name(), reference);
    }

    record Row(
            String rtCode,
            String sex,
            LocalDate birthDate,
            Integer education,
            String activity,
            LocalDate reference,
            String lifeStatus) {

        ResidentProfile profile() {
            if (!"ALIVE".equals(lifeStatus)) {
                return null;
            }
            return new ResidentProfile(
                    rtCode,
                    Sex.ofCode(sex),
                    birthDate,
                    education,
                    activity == null ? null : LabourActivity.valueOf(activity),
                    reference);
        }

        Row withRt(String value) {
            return new Row(value, sex, birthDate, education, activity, reference, lifeStatus);
        }

        Row withSex(String value) {
            return new Row(rtCode, value, birthDate, education, activity, reference, lifeStatus);
        }

        Row withBirthDate(LocalDate value) {
            return new Row(rtCode, sex, value, education, activity, reference, lifeStatus);
        }

        Row withEducation(Integer value) {
            return new Row(rtCode, sex, birthDate, value, activity, reference, lifeStatus);
        }

        Row withLabour(String newActivity, LocalDate newReference) {
            return new Row(rtCode, sex, birthDate, education, newActivity, newReference, lifeStatus);
        }

        Row withLifeStatus(String value) {
            return new Row(rtCode, sex, birthDate, education, activity, reference, value);
        }
    }

    static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
