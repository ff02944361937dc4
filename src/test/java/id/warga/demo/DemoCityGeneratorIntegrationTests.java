package id.warga.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.population.KkNumber;
import id.warga.population.Nik;
import id.warga.population.Sex;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The generator at a twentieth of the city, in a database of its own. */
@SpringBootTest(properties = "warga.database.embedded.data-directory=target/test-postgres-demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCityGeneratorIntegrationTests {

    static final DemoCitySettings SETTINGS = new DemoCitySettings(7, 0.05, "36.72");

    @Autowired
    DemoCityGenerator generator;

    @Autowired
    RegionDirectory regions;

    @Autowired
    JdbcClient jdbc;

    DemoCity city;

    @BeforeAll
    void generate() {
        city = generator.generateIfEmpty(SETTINGS);
    }

    @Test
    void placesExactlyThePlannedResidentsInEveryKelurahan() {
        Map<String, Integer> plan = DemoCityPlan.fromStatistics(0.05).residentsByKelurahan();
        assertThat(plan).hasSize(43);
        assertThat(DemoCityPlan.fromStatistics(1.0).total()).isEqualTo(483_015);
        for (Map.Entry<String, Integer> kelurahan : plan.entrySet()) {
            int living = jdbc.sql("select count(*) from population.resident where rt_code like ?")
                    .param(kelurahan.getKey() + ".%")
                    .query(Integer.class)
                    .single();
            assertThat(living).as(kelurahan.getKey()).isEqualTo(kelurahan.getValue());
        }
        assertThat(city.residents()).isEqualTo(DemoCityPlan.fromStatistics(0.05).total());
    }

    @Test
    void givesEveryKelurahanFiveToFifteenRwOfFourToTenRt() {
        for (var kelurahan : regions.descendants(RegionCode.of("36.72"), "kelurahan")) {
            var rws = regions.children(kelurahan.code());
            assertThat(rws.size()).as(kelurahan.code().value()).isBetween(5, 15);
            for (var rw : rws) {
                assertThat(regions.children(rw.code()).size())
                        .as(rw.code().value())
                        .isBetween(4, 10);
            }
        }
    }

    @Test
    void issuesValidNiksThatAgreeWithBirthDateAndSex() {
        List<String> defects = new ArrayList<>();
        jdbc.sql("select nik, birth_date, sex from population.resident").query(rs -> {
            String nik = rs.getString(1);
            Nik.Reading reading = Nik.read(
                    nik,
                    LocalDate.now(),
                    code -> regions.find(RegionCode.of(code)).isPresent());
            LocalDate birthDate = rs.getDate(2).toLocalDate();
            Sex sex = Sex.ofCode(rs.getString(3));
            if (!reading.valid() || !reading.warnings().isEmpty()) {
                defects.add(nik + " " + reading.errors() + reading.warnings());
            } else if (!birthDate.equals(reading.birthDate()) || sex != reading.sex()) {
                defects.add(nik + " disagrees with " + birthDate + " " + sex);
            }
        });
        assertThat(defects).isEmpty();
        int duplicates = jdbc.sql("select count(*) - count(distinct nik) from population.resident")
                .query(Integer.class)
                .single();
        assertThat(duplicates).isZero();
    }

    @Test
    void issuesValidKkNumbers() {
        List<String> defects = new ArrayList<>();
        jdbc.sql("select kk_number from population.household").query(rs -> {
            var errors = KkNumber.read(
                    rs.getString(1),
                    LocalDate.now(),
                    code -> regions.find(RegionCode.of(code)).isPresent());
            if (!errors.isEmpty()) {
                defects.add(rs.getString(1) + " " + errors);
            }
        });
        assertThat(defects).isEmpty();
    }

    @Test
    void givesEveryHouseholdExactlyOneHeadAndKeepsMembersInTheirHouseholdsRt() {
        int withoutOneHead = jdbc.sql("""
                        select count(*) from (
                            select h.id from population.household h join population.resident r on r.household_id = h.id
                            group by h.id having count(*) filter (where r.relation = 1) <> 1) odd
                        """).query(Integer.class).single();
        int elsewhere = jdbc.sql("""
                        select count(*) from population.resident r join population.household h on h.id = r.household_id
                        where r.rt_code <> h.rt_code
                        """).query(Integer.class).single();
        assertThat(withoutOneHead).isZero();
        assertThat(elsewhere).isZero();
    }

    @Test
    void keepsChildrenYoungerThanTheHeadAndTheLabourBlockForAdults() {
        int olderChildren = jdbc.sql("""
                        select count(*) from population.resident c
                        join population.resident h on h.household_id = c.household_id and h.relation = 1
                        where c.relation = 4 and c.birth_date <= h.birth_date
                        """).query(Integer.class).single();
        int childrenWithLabourBlock = jdbc.sql("""
                        select count(*) from population.resident
                        where labour_activity is not null and birth_date > current_date - interval '15 years'
                        """).query(Integer.class).single();
        assertThat(olderChildren).isZero();
        assertThat(childrenWithLabourBlock).isZero();
    }

    @Test
    void drawsACityRateOfUnemploymentAndParticipationNearTheOfficialOnes() {
        Map<String, Object> counts = jdbc.sql("""
                        select count(*) filter (where labour_status = 'UNEMPLOYED') as unemployed,
                               count(*) filter (where labour_status in ('EMPLOYED', 'UNEMPLOYED')) as labour_force,
                               count(*) filter (where labour_status is not null) as answered
                        from population.resident
                        """).query().singleRow();
        double unemployed = ((Number) counts.get("unemployed")).doubleValue();
        double labourForce = ((Number) counts.get("labour_force")).doubleValue();
        double answered = ((Number) counts.get("answered")).doubleValue();

        assertThat(100 * unemployed / labourForce).isBetween(5.5, 9.5);
        assertThat(100 * labourForce / answered).isBetween(60.0, 70.0);
    }

    @Test
    void namesAHeadForEveryRtAndEveryKelurahan() {
        int rtsWithoutHead = jdbc.sql("""
                        select count(*) from region.region r where r.level = 'rt'
                        and not exists (select 1 from region.head_term t where t.region_code = r.code and t.ends_on is null)
                        """).query(Integer.class).single();
        int kelurahanWithoutLurah = jdbc.sql("""
                        select count(*) from region.region r where r.level = 'kelurahan' and r.code like '36.72.%'
                        and not exists (select 1 from region.head_term t where t.region_code = r.code)
                        """).query(Integer.class).single();
        assertThat(rtsWithoutHead).isZero();
        assertThat(kelurahanWithoutLurah).isZero();
    }

    @Test
    void reusesAnExistingCity() {
        assertThat(generator.generateIfEmpty(SETTINGS)).isNull();
    }
}
