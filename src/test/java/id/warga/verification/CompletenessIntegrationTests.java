package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.AccessFixtures;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.RtTallies;
import id.warga.population.RtTally;
import id.warga.region.RegionCode;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Completeness of a kelurahan with two RWs and three RTs: attestations this month, current labour
 * blocks, open warnings and what waits for review, summed per RW or shown per RT, sorted, and only
 * for those whose area it is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompletenessIntegrationTests {

    static final String KELURAHAN = "36.72.08.1006";
    static final String RW1 = KELURAHAN + ".901";
    static final String RW2 = KELURAHAN + ".902";
    static final String ELSEWHERE = "36.72.08.1007";

    @Autowired
    VerificationFixtures fixtures;

    @Autowired
    Completeness completeness;

    @Autowired
    Attestations attestations;

    @Autowired
    VerificationSettings settings;

    @Autowired
    RtTallies tallies;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void showsWhichRwAndRtIsBehindAndSortsByIt() throws Exception {
        VerificationFixtures.Area attested = fixtures.area(RW1 + ".001");
        String quiet = fixtures.registry.rt(RW1 + ".002");
        VerificationFixtures.Area waiting = fixtures.area(RW2 + ".001");
        fixtures.family(attested.rt());
        fixtures.single(quiet, "KOSIM TANPA JAWABAN", null);
        HouseholdView family = fixtures.family(waiting.rt());
        fixtures.submit(waiting.rtHead(), VerificationFixtures.newborn(family, "BAYI ANTRE"));
        fixtures.as(
                attested.rtHead(), () -> attestations.attestRt(RegionCode.of(attested.rt()), settings.currentMonth()));

        CompletenessReport byRw = fixtures.as(
                attested.lurah(),
                () -> completeness.of(RegionCode.of(KELURAHAN), false, Completeness.Sort.NAME, false));
        assertThat(byRw.rowLevel()).isEqualTo("rw");
        assertThat(byRw.rows()).extracting(CompletenessRow::code).containsExactly(RW1, RW2);
        CompletenessRow first = byRw.rows().get(0);
        assertThat(first.rts()).isEqualTo(2);
        assertThat(first.rtsAttestedOnTime()).isEqualTo(1);
        assertThat(first.attestedOnTimeShare()).isEqualTo(0.5);
        assertThat(first.workingAge()).isEqualTo(3);
        assertThat(first.labourCurrent()).isEqualTo(2);
        assertThat(first.openWarnings()).isEqualTo(1);
        assertThat(first.pending()).isZero();
        CompletenessRow second = byRw.rows().get(1);
        assertThat(second.pending()).isEqualTo(1);
        assertThat(second.oldestPending()).isNotNull();
        assertThat(second.attestedOnTimeShare()).isZero();
        assertThat(byRw.total().rts()).isEqualTo(3);
        assertThat(byRw.total().pending()).isEqualTo(1);

        CompletenessReport byRt = fixtures.as(
                attested.lurah(),
                () -> completeness.of(RegionCode.of(KELURAHAN), true, Completeness.Sort.ATTESTED, true));
        assertThat(byRt.rowLevel()).isEqualTo("rt");
        assertThat(byRt.rows()).extracting(CompletenessRow::code).first().isEqualTo(attested.rt());
        CompletenessReport byPending = fixtures.as(
                attested.lurah(),
                () -> completeness.of(RegionCode.of(KELURAHAN), true, Completeness.Sort.PENDING, true));
        assertThat(byPending.rows()).extracting(CompletenessRow::code).first().isEqualTo(waiting.rt());

        mvc.perform(get("/api/completeness/" + KELURAHAN)
                        .param("rows", "rt")
                        .with(httpBasic(attested.lurah(), AccessFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.total.rtsAttestedOnTime").value(1));
        mvc.perform(get("/kelengkapan/" + KELURAHAN)
                        .param("urut", "PENDING")
                        .param("turun", "true")
                        .with(httpBasic(attested.lurah(), AccessFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"completeness-map\""),
                                containsString("data-area=\"" + KELURAHAN + "\""),
                                containsString("id=\"row-" + RW2 + "\""),
                                matchesPattern("(?s).*/js/completeness-map-[0-9a-f]{32}\\.js.*"))));
    }

    @Test
    void anAreaOutsideTheUsersScopeIsAbsent() throws Exception {
        VerificationFixtures.Area own = fixtures.area(ELSEWHERE + ".901.001");
        assertThatThrownBy(() -> fixtures.as(
                        own.rtHead(),
                        () -> completeness.of(RegionCode.of(own.rw()), false, Completeness.Sort.NAME, false)))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/api/completeness/" + KELURAHAN).with(httpBasic("lurah", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/completeness/36.72").with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowLevel").value("kecamatan"))
                .andExpect(jsonPath("$.rows.length()").value(8));
    }

    @Test
    void theTalliesFollowEveryChangeAndTheDailyRecountAsTimePasses() {
        VerificationFixtures.Area area = fixtures.area(ELSEWHERE + ".902.001");
        RegionCode rt = RegionCode.of(area.rt());
        HouseholdView alone = fixtures.single(area.rt(), "LUKMAN BELUM MENJAWAB", null);
        RtTally before = fixtures.as(area.rtHead(), () -> tallies.within(rt)).get(0);
        assertThat(before.workingAge()).isEqualTo(1);
        assertThat(before.labourCurrent()).isZero();
        assertThat(before.openWarnings()).isEqualTo(1);

        fixtures.submit(area.lurah(), VerificationFixtures.labour(alone.head(), LabourActivity.WORKED));
        RtTally answered = fixtures.as(area.rtHead(), () -> tallies.within(rt)).get(0);
        assertThat(answered.labourCurrent()).isEqualTo(1);
        assertThat(answered.openWarnings()).isZero();

        // seven months later the answer is old: the daily recount notices without any change
        jdbc.sql("update population.resident set labour_reference_date = ? where household_id = ?")
                .params(LocalDate.now().minusMonths(7), alone.id())
                .update();
        jdbc.sql("update population.rt_tally set counted_on = ? where rt_code = ?")
                .params(LocalDate.now().minusDays(1), area.rt())
                .update();
        assertThat(tallies.refreshStale(LocalDate.now())).isPositive();
        RtTally recounted = fixtures.as(area.rtHead(), () -> tallies.within(rt)).get(0);
        assertThat(recounted.labourCurrent()).isZero();
        assertThat(recounted.labourNotCurrent()).isEqualTo(1);
        assertThat(recounted.openWarnings()).isEqualTo(1);
        assertThat(recounted.countedOn()).isEqualTo(LocalDate.now());
    }
}
