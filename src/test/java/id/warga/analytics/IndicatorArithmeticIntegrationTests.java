package id.warga.analytics;

import static id.warga.analytics.LabourFixtures.currentAnswer;
import static id.warga.analytics.LabourFixtures.household;
import static id.warga.analytics.LabourFixtures.members;
import static id.warga.analytics.LabourFixtures.person;
import static id.warga.analytics.LabourFixtures.staleAnswer;
import static id.warga.population.LabourActivity.DISCOURAGED;
import static id.warga.population.LabourActivity.HOUSEKEEPING;
import static id.warga.population.LabourActivity.JOB_STARTING_SOON;
import static id.warga.population.LabourActivity.LOOKING_FOR_WORK;
import static id.warga.population.LabourActivity.OTHER;
import static id.warga.population.LabourActivity.SCHOOL;
import static id.warga.population.LabourActivity.TEMPORARILY_ABSENT;
import static id.warga.population.LabourActivity.WORKED;
import static id.warga.population.Sex.FEMALE;
import static id.warga.population.Sex.MALE;
import static org.assertj.core.api.Assertions.assertThat;

import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import java.time.YearMonth;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Indicator arithmetic on a hand-built RW whose figures are worked out by hand, and on the small
 * demo city: every area's counts are the sums of its children's.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "kota", roles = "CITY")
class IndicatorArithmeticIntegrationTests {

    static final RegionCode RW = RegionCode.of("36.72.01.1001.901");
    static final RegionCode RT1 = RW.child(1);
    static final RegionCode RT2 = RW.child(2);

    @Autowired
    LabourFixtures fixtures;

    @Autowired
    UnemploymentStatistics statistics;

    @Autowired
    RegionDirectory regions;

    YearMonth month;

    @BeforeAll
    void build() {
        fixtures.smallCity();
        month = statistics.currentPeriod();
        if (fixtures.units(RW, 2)) {
            fixtures.load(List.of(
                    household(
                            RT1,
                            members(
                                    person(MALE, 30, 5, WORKED, currentAnswer()),
                                    person(FEMALE, 28, 8, LOOKING_FOR_WORK, currentAnswer()),
                                    person(MALE, 20, 5, DISCOURAGED, currentAnswer()),
                                    person(FEMALE, 10, 2, null, null))),
                    household(
                            RT1,
                            members(
                                    person(FEMALE, 45, 3, HOUSEKEEPING, currentAnswer()),
                                    person(MALE, 70, 2, OTHER, staleAnswer()),
                                    person(FEMALE, 17, 4, SCHOOL, currentAnswer()),
                                    person(MALE, 35, null, null, null))),
                    household(
                            RT2,
                            members(
                                    person(MALE, 40, 5, WORKED, currentAnswer()),
                                    person(FEMALE, 22, 6, TEMPORARILY_ABSENT, currentAnswer()),
                                    person(MALE, 24, 5, JOB_STARTING_SOON, currentAnswer()),
                                    person(MALE, 5, 1, null, null)))));
        }
    }

    @Test
    void countsAnRtAsWorkedOutByHand() {
        AreaIndicators rt1 = child(statistics.indicators(RW, month), RT1);

        // 8 residents, one a child; of the seven aged 15+, one answered long ago and one never:
        // five current answers: 1 employed, 2 unemployed (one of them discouraged), 2 not in the labour force
        assertThat(rt1.residents()).isEqualTo(8);
        assertThat(rt1.workingAge()).isEqualTo(7);
        assertThat(rt1.answered()).isEqualTo(5);
        assertThat(rt1.employed()).isEqualTo(1);
        assertThat(rt1.unemployed()).isEqualTo(2);
        assertThat(rt1.labourForce()).isEqualTo(3);
        assertThat(rt1.notInLabourForce()).isEqualTo(2);
        assertThat(rt1.tpt()).isEqualTo(66.7); // 2 / 3
        assertThat(rt1.tpak()).isEqualTo(60.0); // 3 / 5
        assertThat(rt1.completeness()).isEqualTo(71.4); // 5 / 7
        assertThat(rt1.youthLabourForce()).isEqualTo(1); // the discouraged 20-year-old; the pupil of 17 is not
        assertThat(rt1.youthTpt()).isEqualTo(100.0);
        assertThat(rt1.basis()).isEqualTo("administrative");
    }

    @Test
    void countsTheRwAsTheSumOfItsRtsWithRatesFromTheSums() {
        AreaIndicators rw = statistics.indicators(RW, month);
        AreaIndicators rt2 = child(rw, RT2);

        assertThat(rt2.tpt()).isEqualTo(33.3); // 1 / 3
        assertThat(rt2.tpak()).isEqualTo(100.0);
        assertThat(rt2.youthTpt()).isEqualTo(50.0); // 1 of the 22- and 24-year-old

        assertThat(rw.residents()).isEqualTo(12);
        assertThat(rw.workingAge()).isEqualTo(10);
        assertThat(rw.answered()).isEqualTo(8);
        assertThat(rw.labourForce()).isEqualTo(6);
        assertThat(rw.unemployed()).isEqualTo(3);
        assertThat(rw.tpt()).isEqualTo(50.0); // 3 / 6, not the mean of 66.7 and 33.3
        assertThat(rw.tpak()).isEqualTo(75.0); // 6 / 8
        assertThat(rw.completeness()).isEqualTo(80.0); // 8 / 10
        assertThat(rw.youthTpt()).isEqualTo(66.7); // 2 / 3
        assertThat(rw.tptInterval().low()).isLessThan(50.0);
        assertThat(rw.tptInterval().high()).isGreaterThan(50.0);
    }

    @Test
    void breaksTheRwDownBySexAgeAndEducation() {
        Breakdowns rw = statistics.breakdowns(RW, month);

        CategoryFigures women = rw.bySex().stream()
                .filter(c -> c.category().equals("F"))
                .findFirst()
                .orElseThrow();
        // women 15+: 28 unemployed, 45 housekeeping, 17 school, 22 employed
        assertThat(women.labourForce()).isEqualTo(2);
        assertThat(women.unemployed()).isEqualTo(1);
        assertThat(women.tpt()).isEqualTo(50.0);
        CategoryFigures band20to24 = rw.byAgeBand().get(2);
        assertThat(band20to24.label()).isEqualTo("20–24");
        assertThat(band20to24.labourForce()).isEqualTo(3); // 20 discouraged, 22 employed, 24 starting soon
        assertThat(band20to24.unemployed()).isEqualTo(2);
        CategoryFigures senior = rw.byEducation().get(5);
        assertThat(senior.labourForce()).isEqualTo(4); // SLTA: 30 worked, 20 discouraged, 40 worked, 24 soon
        assertThat(senior.tpt()).isEqualTo(50.0);
        assertThat(rw.byEducation().stream()
                        .mapToInt(CategoryFigures::workingAge)
                        .sum())
                .isEqualTo(10);
    }

    @Test
    void childrenSumToTheirParentAtEveryLevel() {
        RegionCode city = RegionCode.of("36.72");
        RegionCode kecamatan = RegionCode.of("36.72.01");
        RegionCode kelurahan = RegionCode.of("36.72.01.1001");
        RegionCode rw = regions.children(kelurahan).get(0).code();
        for (RegionCode parent : List.of(city, kecamatan, kelurahan, rw, RW)) {
            AreaIndicators area = statistics.indicators(parent, month);
            assertThat(area.children()).as(parent.value()).isNotEmpty();
            for (ToIntFunction<AreaIndicators> count : List.<ToIntFunction<AreaIndicators>>of(
                    AreaIndicators::residents,
                    AreaIndicators::workingAge,
                    AreaIndicators::answered,
                    AreaIndicators::employed,
                    AreaIndicators::unemployed,
                    AreaIndicators::youthLabourForce,
                    AreaIndicators::youthUnemployed)) {
                assertThat(area.children().stream().mapToInt(count).sum())
                        .as(parent.value())
                        .isEqualTo(count.applyAsInt(area));
            }
        }
        assertThat(statistics.indicators(city, month).residents()).isGreaterThan(14_000);
    }

    private AreaIndicators child(AreaIndicators parent, RegionCode code) {
        Region region = regions.require(code);
        return parent.children().stream()
                .filter(c -> c.code().equals(region.code().value()))
                .findFirst()
                .orElseThrow();
    }
}
