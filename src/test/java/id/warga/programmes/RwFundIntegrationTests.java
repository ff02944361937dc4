package id.warga.programmes;

import static id.warga.programmes.ProgrammeFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.AccessFixtures;
import id.warga.programmes.ProgrammeFixtures.Rw;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The environment fund against the real database, through the facade and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class RwFundIntegrationTests {

    static final int YEAR = Year.now().getValue();
    static final ActivityCategory INFRA = ActivityCategory.INFRASTRUKTUR;
    static final ActivityCategory PEOPLE = ActivityCategory.PEMBERDAYAAN;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    RwFundPlans plans;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlanTravelsToApprovalAndKeepsItsTrailWithWhoAndWhen() {
        Rw rw = fixtures.rw();
        PlanView approved = fixtures.approved(
                rw,
                YEAR,
                activity("Betonisasi gang", INFRA, 60_000_000),
                activity("Pelatihan UMKM", PEOPLE, 40_000_000));
        assertThat(approved.plan().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.plan().budgeted()).isEqualTo(Rupiah.of(100_000_000));
        assertThat(approved.trail())
                .extracting(PlanStep::action, PlanStep::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PlanStep.Action.CREATED, rw.head()),
                        org.assertj.core.groups.Tuple.tuple(PlanStep.Action.SUBMITTED, rw.head()),
                        org.assertj.core.groups.Tuple.tuple(PlanStep.Action.VERIFIED, fixtures.lurah),
                        org.assertj.core.groups.Tuple.tuple(PlanStep.Action.VERIFIED, fixtures.camat),
                        org.assertj.core.groups.Tuple.tuple(PlanStep.Action.APPROVED, "kota"));
        assertThat(approved.trail()).allSatisfy(step -> assertThat(step.at()).isNotNull());
        assertThat(fixtures.as(rw.head(), () -> plans.get(approved.plan().id()).actions()))
                .containsExactly("report");
    }

    @Test
    void theAllocationIsTheSettingOfOneHundredMillionRupiah() {
        PlanView plan = fixtures.draft(fixtures.rw(), YEAR);
        assertThat(plan.plan().allocation()).isEqualTo(Rupiah.of(100_000_000));
        assertThat(plan.plan().allocation().formatted()).isEqualTo("Rp 100.000.000");
    }

    @Test
    void aVerifierReturnsThePlanWithAReasonTheHeadSees() {
        Rw rw = fixtures.rw();
        long id = fixtures.draft(rw, YEAR, activity("Lampu jalan", INFRA, 90_000_000))
                .plan()
                .id();
        fixtures.as(rw.head(), () -> plans.submit(id, null));
        fixtures.as(fixtures.lurah, () -> plans.returnToHead(id, null, "Rincian lampu kurang jelas"));
        PlanView seen = fixtures.as(rw.head(), () -> plans.get(id));
        assertThat(seen.plan().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(seen.plan().returnReason()).isEqualTo("Rincian lampu kurang jelas");
        assertThat(seen.actions()).contains("edit", "submit");
    }

    @Test
    void theKelurahanSeesThePlansOfItsRwsAndNotOthers() {
        Rw own = fixtures.rw();
        long id = fixtures.draft(own, YEAR, activity("Taman baca", PEOPLE, 10_000_000))
                .plan()
                .id();
        assertThat(fixtures.as(fixtures.lurah, () -> plans.list(YEAR, null, null)))
                .extracting(PlanSummary::id)
                .contains(id);
        assertThat(fixtures.as("lurah", () -> plans.list(YEAR, null, null)))
                .extracting(PlanSummary::id)
                .doesNotContain(id);
    }

    @Test
    void spendingAndProgressWithAPhotoShowOnThePlanAndThePublicFigures() throws Exception {
        Rw rw = fixtures.rw();
        PlanView plan = fixtures.approved(rw, YEAR, activity("Saluran air", INFRA, 30_000_000));
        long id = plan.plan().id();
        long activity = plan.activities().get(0).id();
        fixtures.as(
                rw.head(),
                () -> plans.recordSpending(
                        id,
                        activity,
                        new NewSpending(LocalDate.of(YEAR, 1, 1), Rupiah.of(12_000_000), "Semen dan pasir", "KW-001")));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        PlanView after = fixtures.as(
                rw.head(), () -> plans.reportProgress(id, activity, 50, new java.io.ByteArrayInputStream(jpeg)));
        ActivityView a = after.activities().get(0);
        assertThat(a.spent()).isEqualTo(Rupiah.of(12_000_000));
        assertThat(a.remaining()).isEqualTo(Rupiah.of(18_000_000));
        assertThat(a.progress()).isEqualTo(50);
        assertThat(a.hasPhoto()).isTrue();
        assertThat(fixtures.as(rw.head(), () -> plans.photo(id, activity).bytes()))
                .isEqualTo(jpeg);

        FundFigures open = plans.openFigures(YEAR);
        FundFigures.Rw row = open.kelurahan().stream()
                .filter(k -> k.code().equals(ProgrammeFixtures.KELURAHAN))
                .flatMap(k -> k.rws().stream())
                .filter(r -> r.code().equals(rw.code()))
                .findFirst()
                .orElseThrow();
        assertThat(row.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(row.approved()).isEqualTo(Rupiah.of(30_000_000));
        assertThat(row.spent()).isEqualTo(Rupiah.of(12_000_000));
        assertThat(row.absorbed()).isEqualTo(0.12);
        assertThat(row.progress()).isEqualTo(50);
    }

    @Test
    void thePublicFiguresAndPageNeedNoSignInAndCarryNoNames() throws Exception {
        mvc.perform(get("/api/open/programmes/rw-fund?year=" + YEAR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kelurahan[0].rws").isArray());
        String page = mvc.perform(get("/data-terbuka/dana-rw"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("fund-map", "Kedaleman").doesNotContain("rw-prog");
    }

    @Test
    void twoReportsOfSpendingAtOnceNeverPassTheBudgetTogether() throws Exception {
        Rw rw = fixtures.rw();
        PlanView plan = fixtures.approved(rw, YEAR, activity("Drainase", INFRA, 10_000_000));
        long id = plan.plan().id();
        long activity = plan.activities().get(0).id();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (String receipt : List.of("KW-A", "KW-B")) {
                outcomes.add(threads.submit(() -> {
                    start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    try {
                        fixtures.as(
                                rw.head(),
                                () -> plans.recordSpending(
                                        id,
                                        activity,
                                        new NewSpending(
                                                LocalDate.of(YEAR, 1, 1),
                                                Rupiah.of(6_000_000),
                                                "Gorong-gorong",
                                                receipt)));
                        return "SAVED";
                    } catch (ProgrammeRuleException e) {
                        return e.rule();
                    }
                }));
            }
            List<String> results = new java.util.ArrayList<>();
            for (var f : outcomes) {
                results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("SAVED", "SPENDING_EXCEEDS_BUDGET");
        } finally {
            threads.shutdownNow();
        }
        assertThat(fixtures.as(
                        rw.head(), () -> plans.get(id).activities().get(0).spent()))
                .isEqualTo(Rupiah.of(6_000_000));
    }

    @Nested
    class Refuses {

        @Test
        void aPlanBeyondTheAllocationThroughTheApiNamingTheRule() throws Exception {
            Rw rw = fixtures.rw();
            mvc.perform(post("/api/programmes/rw-fund/plans")
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"rwCode": "%s", "year": %d, "activities": [
                                      {"name": "Jalan", "category": "INFRASTRUKTUR", "budget": 70000000},
                                      {"name": "Pelatihan", "category": "PEMBERDAYAAN", "budget": 30000001}]}
                                    """.formatted(rw.code(), YEAR)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("rule_violated"))
                    .andExpect(jsonPath("$.violations[0].code").value("BUDGET_OVER_ALLOCATION"))
                    .andExpect(jsonPath("$.violations[0].message")
                            .value("Jumlah anggaran kegiatan Rp 100.000.001 melebihi pagu Rp 100.000.000."));
            assertThat(count("select count(*) from programmes.rw_fund_plan where rw_code = ?", rw.code()))
                    .as("nothing half-written: no plan without its activities")
                    .isZero();
        }

        @Test
        void negativeAndZeroBudgetsInEnglishWhenAsked() throws Exception {
            Rw rw = fixtures.rw();
            long id = fixtures.draft(rw, YEAR).plan().id();
            mvc.perform(put("/api/programmes/rw-fund/plans/" + id + "?lang=en")
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"activities": [{"name": "Jalan", "category": "INFRASTRUKTUR", "budget": -5},
                                                    {"name": "Posyandu", "category": "PEMBERDAYAAN", "budget": 0}]}
                                    """))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("activities[0].budget"))
                    .andExpect(jsonPath("$.violations[0].code").value("BUDGET_POSITIVE"))
                    .andExpect(jsonPath("$.violations[1].field").value("activities[1].budget"))
                    .andExpect(
                            jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.startsWith("The budget")));
        }

        @Test
        void submittingAPlanWithoutActivities() throws Exception {
            Rw rw = fixtures.rw();
            long id = fixtures.draft(rw, YEAR).plan().id();
            mvc.perform(post("/api/programmes/rw-fund/plans/" + id + "/submit")
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("Rencana harus berisi paling sedikit satu kegiatan."))
                    .andExpect(jsonPath("$.violations[0].code").value("PLAN_EMPTY"));
        }

        @Test
        void aStaleVersionWith409AndLeavesThePlanAsItWas() throws Exception {
            Rw rw = fixtures.rw();
            PlanView draft = fixtures.draft(rw, YEAR, activity("Jalan", INFRA, 10_000_000));
            int seen = draft.plan().version();
            fixtures.as(
                    rw.head(), () -> plans.addActivity(draft.plan().id(), seen, activity("Taman", INFRA, 5_000_000)));
            mvc.perform(post("/api/programmes/rw-fund/plans/" + draft.plan().id() + "/submit")
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": " + seen + "}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("conflict"))
                    .andExpect(jsonPath("$.violations[0].code").value("PLAN_CHANGED"));
            assertThat(fixtures.as(
                            rw.head(), () -> plans.get(draft.plan().id()).plan().status()))
                    .isEqualTo(PlanStatus.DRAFT);
        }

        @Test
        void aSecondPlanForTheSameRwAndYear() {
            Rw rw = fixtures.rw();
            fixtures.draft(rw, YEAR);
            assertThatThrownBy(() -> fixtures.as(rw.head(), () -> plans.start(rw.code(), YEAR)))
                    .isInstanceOfSatisfying(
                            ProgrammeRuleException.class,
                            e -> assertThat(e.rule()).isEqualTo("PLAN_EXISTS"));
        }

        @Test
        void anRwHeadReadingOrChangingAnotherRwsPlan() throws Exception {
            Rw mine = fixtures.rw();
            Rw theirs = fixtures.rw();
            long id = fixtures.draft(theirs, YEAR, activity("Jalan", INFRA, 10_000_000))
                    .plan()
                    .id();
            assertThatThrownBy(() -> fixtures.as(mine.head(), () -> plans.get(id)))
                    .isInstanceOf(NotFoundException.class);
            mvc.perform(post("/api/programmes/rw-fund/plans/" + id + "/submit")
                            .with(httpBasic(mine.head(), AccessFixtures.PASSWORD)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/programmes/rw-fund/plans")
                            .with(httpBasic(mine.head(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"rwCode\": \"%s\", \"year\": %d}".formatted(theirs.code(), YEAR + 1)))
                    .andExpect(status().isNotFound());
            assertThat(fixtures.as(theirs.head(), () -> plans.get(id).plan().status()))
                    .isEqualTo(PlanStatus.DRAFT);
            assertThat(count("select count(*) from programmes.rw_fund_plan where rw_code = ?", theirs.code()))
                    .isEqualTo(1);
        }

        @Test
        void aVerifierOfAnotherKelurahanCannotSeeThePlan() {
            Rw rw = fixtures.rw();
            long id = fixtures.draft(rw, YEAR, activity("Jalan", INFRA, 10_000_000))
                    .plan()
                    .id();
            fixtures.as(rw.head(), () -> plans.submit(id, null));
            assertThatThrownBy(() -> fixtures.as("lurah", () -> plans.verify(id, null)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void spendingBeyondTheActivitysBudgetAndKeepsWhatWasSpent() throws Exception {
            Rw rw = fixtures.rw();
            PlanView plan = fixtures.approved(rw, YEAR, activity("Sumur", INFRA, 5_000_000));
            long id = plan.plan().id();
            long activity = plan.activities().get(0).id();
            String url = "/api/programmes/rw-fund/plans/" + id + "/activities/" + activity + "/spending";
            String body =
                    "{\"spentOn\": \"%s\", \"amount\": %d, \"description\": \"Pompa\", \"receiptNumber\": \"KW-9\"}";
            mvc.perform(post(url)
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body.formatted(LocalDate.of(YEAR, 1, 1), 4_000_000)))
                    .andExpect(status().isOk());
            mvc.perform(post(url)
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body.formatted(LocalDate.of(YEAR, 1, 1), 1_000_001)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("SPENDING_OVER_BUDGET"))
                    .andExpect(jsonPath("$.message")
                            .value("Belanja melebihi anggaran kegiatan; sisa anggaran Rp 1.000.000."));
            assertThat(count("select count(*) from programmes.rw_fund_spending where activity_id = ?", activity))
                    .isEqualTo(1);
        }

        @Test
        void spendingOnAPlanNotYetApproved() {
            Rw rw = fixtures.rw();
            PlanView draft = fixtures.draft(rw, YEAR, activity("Jalan", INFRA, 10_000_000));
            assertThatThrownBy(() -> fixtures.as(
                            rw.head(),
                            () -> plans.recordSpending(
                                    draft.plan().id(),
                                    draft.activities().get(0).id(),
                                    new NewSpending(LocalDate.of(YEAR, 1, 1), Rupiah.of(1), "x", "y"))))
                    .isInstanceOfSatisfying(
                            ProgrammeRuleException.class,
                            e -> assertThat(e.rule()).isEqualTo("PLAN_NOT_APPROVED"));
        }

        @Test
        void aFileThatIsNoPhotoOrTooLargeWithAClearIndonesianMessage() throws Exception {
            Rw rw = fixtures.rw();
            PlanView plan = fixtures.approved(rw, YEAR, activity("Jalan", INFRA, 10_000_000));
            String url = "/api/programmes/rw-fund/plans/" + plan.plan().id() + "/activities/"
                    + plan.activities().get(0).id() + "/progress";
            MockMultipartFile pdfNamedJpg =
                    new MockMultipartFile("photo", "foto.jpg", "image/jpeg", "%PDF-1.4 bukan foto".getBytes());
            mvc.perform(multipart(url)
                            .file(pdfNamedJpg)
                            .param("percent", "50")
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("PHOTO_NOT_IMAGE"))
                    .andExpect(jsonPath("$.violations[0].message")
                            .value("Berkas ini bukan foto JPEG atau PNG. Pilih foto dari kamera atau galeri."));
            byte[] big = new byte[2 * 1024 * 1024 + 1];
            big[0] = (byte) 0x89;
            System.arraycopy(new byte[] {'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, big, 1, 7);
            mvc.perform(multipart(url)
                            .file(new MockMultipartFile("photo", "besar.png", "image/png", big))
                            .param("percent", "100")
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("PHOTO_TOO_LARGE"));
            mvc.perform(multipart(url).param("percent", "30").with(httpBasic(rw.head(), AccessFixtures.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("PROGRESS_STEPS"));
            assertThat(count(
                            "select count(*) from programmes.rw_fund_activity where plan_id = ? and progress > 0",
                            plan.plan().id()))
                    .as("a refused report changes nothing")
                    .isZero();
        }

        @Test
        void malformedInputWithoutAStackTrace() throws Exception {
            Rw rw = fixtures.rw();
            mvc.perform(post("/api/programmes/rw-fund/plans")
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"rwCode\": \"" + rw.code() + "\", \"activities\": [{\"category\": \"JALAN\"}]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
            mvc.perform(post("/api/programmes/rw-fund/plans")
                            .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"rwCode\": \"RW satu\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("RW_CODE_INVALID"));
        }
    }

    private long count(String sql, Object arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single();
    }
}
