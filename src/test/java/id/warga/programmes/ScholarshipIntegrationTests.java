package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.AccessFixtures;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import id.warga.shared.web.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Scholarships against the real database: applications, decisions, payments, scope and the open page. */
@SpringBootTest
@AutoConfigureMockMvc
class ScholarshipIntegrationTests {

    static final String RT = ProgrammeFixtures.KELURAHAN + ".060.001";
    static final String OTHER_KELURAHAN_RT = ProgrammeFixtures.OTHER_KELURAHAN + ".060.001";

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    Scholarships scholarships;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    String student(String rt) {
        ResidentView r = fixtures.registry
                .singleIn(rt, "MAHASISWI CILEGON", Sex.FEMALE, LocalDate.now().minusYears(19), LabourActivity.SCHOOL)
                .head();
        return r.nik();
    }

    ScholarshipView apply(String user, String nik, int semester, String gpa) {
        return fixtures.as(
                user,
                () -> scholarships.apply(new NewScholarship(
                        nik,
                        "Universitas Sultan Ageng Tirtayasa",
                        "Teknik Kimia",
                        semester,
                        gpa == null ? null : new BigDecimal(gpa))));
    }

    @Test
    void aStudentWhoMovesToAnotherKelurahanTakesTheScholarshipAlong() {
        HouseholdView home = fixtures.registry.singleIn(
                RT, "MAHASISWA PINDAH", Sex.MALE, LocalDate.now().minusYears(20), LabourActivity.SCHOOL);
        ScholarshipView applied = apply(fixtures.lurah, home.head().nik(), 2, "3.10");
        HouseholdView current = fixtures.as("admin", () -> directory.household(home.id()));
        fixtures.registry.rt(OTHER_KELURAHAN_RT);
        fixtures.as(
                "admin",
                () -> registry.apply(new RegistryCommand.MoveHousehold(
                        current.id(),
                        current.version(),
                        OTHER_KELURAHAN_RT,
                        null,
                        LocalDate.now().minusDays(1),
                        null)));

        assertThat(fixtures.as("kota", () -> scholarships.get(applied.id())).rtCode())
                .isEqualTo(OTHER_KELURAHAN_RT);
        assertThat(jdbc.sql("select rt_code from programmes.scholarship where id = ?")
                        .param(applied.id())
                        .query(String.class)
                        .single())
                .isEqualTo(OTHER_KELURAHAN_RT);
    }

    @Test
    void theKelurahanAppliesTheCityAwardsAndPaysEachSemester() {
        String nik = student(RT);
        ScholarshipView applied = apply(fixtures.lurah, nik, 3, "3.25");
        assertThat(applied.status()).isEqualTo(ScholarshipStatus.APPLIED);
        assertThat(applied.nik()).isEqualTo(nik);
        long id = applied.id();
        ScholarshipView awarded = fixtures.as("kota", () -> scholarships.award(id, applied.version()));
        assertThat(awarded.status()).isEqualTo(ScholarshipStatus.AWARDED);
        assertThat(awarded.decidedBy()).isEqualTo("kota");
        fixtures.as("kota", () -> scholarships.disburse(id, 3, new BigDecimal("3.25")));
        ScholarshipView paid = fixtures.as("kota", () -> scholarships.disburse(id, 4, new BigDecimal("3.10")));
        assertThat(paid.disbursements())
                .extracting(ScholarshipView.Disbursement::semester)
                .containsExactly(3, 4);
        assertThat(paid.paid()).isEqualTo(Rupiah.of(6_000_000));
        assertThat(fixtures.as(fixtures.lurah, () -> scholarships.get(id).actions()))
                .isEmpty();
        assertThat(fixtures.as("kota", () -> scholarships.get(id).actions())).containsExactly("disburse", "end");
    }

    @Test
    void aRejectedStudentMayApplyAgain() {
        String nik = student(RT);
        long id = apply(fixtures.lurah, nik, 1, null).id();
        fixtures.as("kota", () -> scholarships.reject(id, null, "Berkas belum lengkap"));
        assertThat(apply(fixtures.lurah, nik, 1, null).status()).isEqualTo(ScholarshipStatus.APPLIED);
    }

    @Test
    void theOpenPageShowsTheQuotaWithoutNames() throws Exception {
        mvc.perform(get("/api/open/programmes/scholarships"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quota").value(5000));
        String page = mvc.perform(get("/data-terbuka/beasiswa"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Beasiswa sarjana", "5000").doesNotContain("MAHASISWI");
    }

    @Nested
    class Refuses {

        @Test
        void aNikOutsideTheKelurahanOrUnknown() {
            String elsewhere = student(OTHER_KELURAHAN_RT);
            for (String nik : new String[] {elsewhere, "3672010101010001"}) {
                assertThatThrownBy(() -> apply(fixtures.lurah, nik, 1, null))
                        .isInstanceOfSatisfying(
                                ProgrammeRuleException.class,
                                e -> assertThat(e.violations())
                                        .extracting(v -> v.code())
                                        .containsExactly("SCHOLARSHIP_NIK_NOT_FOUND"));
            }
            assertThat(apply("kota", elsewhere, 1, null).status())
                    .as("the city reaches every resident of the city")
                    .isEqualTo(ScholarshipStatus.APPLIED);
        }

        @Test
        void aSecondOpenApplicationForTheSameResident() {
            String nik = student(RT);
            apply(fixtures.lurah, nik, 1, null);
            assertThatThrownBy(() -> apply("kota", nik, 1, null))
                    .isInstanceOfSatisfying(
                            ProgrammeRuleException.class,
                            e -> assertThat(e.rule()).isEqualTo("SCHOLARSHIP_ALREADY_OPEN"));
        }

        @Test
        void aNinthSemesterOrAMissingGpaThroughTheApi() throws Exception {
            String nik = student(RT);
            mvc.perform(post("/api/programmes/scholarships")
                            .with(httpBasic(fixtures.lurah, AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"nik\": \"" + nik
                                    + "\", \"university\": \"UNTIRTA\", \"studyProgramme\": \"Hukum\","
                                    + " \"semester\": 9, \"gpa\": 3.5}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("SEMESTER_RANGE"))
                    .andExpect(jsonPath("$.violations[0].message").value("Semester harus antara 1 dan 8."));
            mvc.perform(post("/api/programmes/scholarships")
                            .with(httpBasic(fixtures.lurah, AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"nik\": \"" + nik
                                    + "\", \"university\": \"UNTIRTA\", \"studyProgramme\": \"Hukum\","
                                    + " \"semester\": 2}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("GPA_REQUIRED"));
            assertThat(jdbc.sql("select count(*) from programmes.scholarship where nik = ?")
                            .param(nik)
                            .query(Long.class)
                            .single())
                    .isZero();
        }

        @Test
        void anAwardWithAGpaBelowThreeAndAPaymentAfterTheEnd() {
            long low = apply(fixtures.lurah, student(RT), 4, "2.80").id();
            assertThatThrownBy(() -> fixtures.as("kota", () -> scholarships.award(low, null)))
                    .isInstanceOfSatisfying(
                            ProgrammeRuleException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.code())
                                    .containsExactly("GPA_TOO_LOW"));
            long id = apply(fixtures.lurah, student(RT), 1, null).id();
            fixtures.as("kota", () -> scholarships.award(id, null));
            fixtures.as("kota", () -> scholarships.end(id, null, "Mengundurkan diri"));
            assertThatThrownBy(() -> fixtures.as("kota", () -> scholarships.disburse(id, 1, null)))
                    .isInstanceOfSatisfying(
                            ProgrammeRuleException.class,
                            e -> assertThat(e.rule()).isEqualTo("SCHOLARSHIP_NOT_AWARDED"));
        }

        @Test
        void decisionsByTheKelurahanAndStaleVersions() throws Exception {
            ScholarshipView s = apply(fixtures.lurah, student(RT), 1, null);
            mvc.perform(post("/api/programmes/scholarships/" + s.id() + "/award")
                            .with(httpBasic(fixtures.lurah, AccessFixtures.PASSWORD)))
                    .andExpect(status().isForbidden());
            fixtures.as("kota", () -> scholarships.reject(s.id(), s.version(), "Tidak memenuhi syarat"));
            mvc.perform(post("/api/programmes/scholarships/" + s.id() + "/award")
                            .with(httpBasic("kota", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": " + s.version() + "}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.violations[0].code").value("SCHOLARSHIP_CHANGED"));
        }

        @Test
        void anotherKelurahanReadingTheScholarship() {
            long id = apply(fixtures.lurah, student(RT), 1, null).id();
            assertThatThrownBy(() -> fixtures.as("lurah", () -> scholarships.get(id)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(fixtures.as("lurah", () -> scholarships.list(null)))
                    .extracting(ScholarshipView::id)
                    .doesNotContain(id);
        }
    }
}
