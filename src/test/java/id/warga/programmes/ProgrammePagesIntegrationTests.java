package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.AccessFixtures;
import id.warga.programmes.ProgrammeFixtures.Rw;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The programmes' pages as each kind of user sees them, in Indonesian and in English, and their refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammePagesIntegrationTests {

    static final int YEAR = Year.now().getValue();

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    AidProgrammes aid;

    @Test
    void theCitySeesTheFormForANewAidProgrammeAndTheKelurahanDoesNot() throws Exception {
        assertThat(page("kota", "/program/bantuan")).contains("id=\"aid-form\"", "Program bantuan baru");
        assertThat(page("lurah", "/program/bantuan")).doesNotContain("id=\"aid-form\"");
        assertThat(page("kota", "/program/bantuan?lang=en")).contains("New aid programme");
    }

    @Test
    void theCityMayExcludeAHouseholdProgrammeFromAPersonProgrammeAndSeesWhichIsWhich() throws Exception {
        AidProgrammeView person = fixtures.as(
                "kota",
                () -> aid.create(new NewAidProgramme(
                        "BLT orang " + System.nanoTime(),
                        AidSource.APBD,
                        AidTarget.PERSON,
                        YEAR,
                        Rupiah.of(300_000),
                        null)));
        AidProgrammeView household = fixtures.as(
                "kota",
                () -> aid.create(new NewAidProgramme(
                        "Sembako KK " + System.nanoTime(),
                        AidSource.APBD,
                        AidTarget.HOUSEHOLD,
                        YEAR,
                        Rupiah.of(200_000),
                        null)));
        assertThat(page("kota", "/program/bantuan/" + person.id()))
                .contains("<option value=\"" + household.id() + "\">" + household.name() + " " + YEAR
                        + " (keluarga (KK))</option>");
    }

    @Test
    void theRwHeadSeesTheirPlanAndTheVerifierTheButtons() throws Exception {
        Rw rw = fixtures.rw();
        long id = fixtures.draft(
                        rw, YEAR, ProgrammeFixtures.activity("Jalan", ActivityCategory.INFRASTRUKTUR, 5_000_000))
                .plan()
                .id();
        String mine = basic(rw.head(), "/program/dana-rw/" + id);
        assertThat(mine)
                .contains("id=\"activity-form\"", "id=\"submit-plan\"", "Rp 5.000.000", "sisa pagu Rp 95.000.000");
        fixtures.as(rw.head(), () -> fixtures.plans.submit(id, null));
        String lurah = basic(fixtures.lurah, "/program/dana-rw/" + id);
        assertThat(lurah).contains("id=\"verify\"", "id=\"return\"").doesNotContain("id=\"activity-form\"");
        assertThat(basic(fixtures.lurah, "/program/dana-rw/" + id + "?lang=en"))
                .contains("Verified, pass it on", "submitted, awaiting the kelurahan");
        assertThat(basic(fixtures.lurah, "/program/dana-rw")).contains("plan-" + id, "verify-" + id);
        assertThat(basic(fixtures.camat, "/program/dana-rw"))
                .contains("plan-" + id)
                .doesNotContain("verify-" + id);
        mvc.perform(post("/program/dana-rw/" + id + "/periksa")
                        .with(httpBasic(fixtures.lurah, AccessFixtures.PASSWORD))
                        .with(csrf())
                        .param("back", String.valueOf(YEAR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/program/dana-rw?tahun=" + YEAR));
        assertThat(fixtures.as(
                        fixtures.lurah, () -> fixtures.plans.get(id).plan().status()))
                .isEqualTo(PlanStatus.VERIFIED_KELURAHAN);
        assertThat(basic(fixtures.camat, "/program/dana-rw")).contains("verify-" + id);
    }

    @Test
    void aRefusedStepOnAPageShowsTheRuleAndKeepsNothing() throws Exception {
        Rw rw = fixtures.rw();
        long id = fixtures.draft(rw, YEAR).plan().id();
        mvc.perform(post("/program/dana-rw/" + id + "/kegiatan")
                        .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                        .with(csrf())
                        .param("name", "Gapura")
                        .param("category", "INFRASTRUKTUR")
                        .param("budget", "Rp 100.000.001"))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        flash().attribute(
                                        "problem",
                                        "Isian belum benar: Jumlah anggaran kegiatan Rp 100.000.001 melebihi pagu Rp 100.000.000."));
        mvc.perform(post("/program/dana-rw/" + id + "/kegiatan")
                        .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                        .with(csrf())
                        .param("name", "Gapura")
                        .param("category", "JALAN")
                        .param("budget", "sejuta"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("Pilih jenis kegiatan")));
        assertThat(fixtures.as(rw.head(), () -> fixtures.plans.get(id).activities()))
                .isEmpty();
    }

    @Test
    void aPhotoThatIsNoImageIsRefusedOnThePageInIndonesian() throws Exception {
        Rw rw = fixtures.rw();
        PlanView plan = fixtures.approved(
                rw, YEAR, ProgrammeFixtures.activity("Posyandu", ActivityCategory.PEMBERDAYAAN, 5_000_000));
        mvc.perform(multipart("/program/dana-rw/" + plan.plan().id() + "/kegiatan/"
                                + plan.activities().get(0).id() + "/kemajuan")
                        .file(new MockMultipartFile("photo", "foto.png", "image/png", "GIF89a".getBytes()))
                        .param("percent", "50")
                        .with(httpBasic(rw.head(), AccessFixtures.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        flash().attribute(
                                        "problem",
                                        "Foto tidak dapat disimpan. Berkas ini bukan foto JPEG atau PNG. Pilih foto dari kamera atau galeri."));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        Rw rw = fixtures.rw();
        long id = fixtures.draft(rw, YEAR).plan().id();
        mvc.perform(
                        post("/program/dana-rw/" + id + "/ajukan")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(rw.head())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCityDecidesScholarshipsOnTheirPagesAndTheKelurahanEntersThem() throws Exception {
        assertThat(page("kota", "/program/beasiswa")).contains("id=\"scholarship-form\"", "Sisa kuota", "Rp 3.000.000");
        assertThat(page("rw", "/program/beasiswa")).doesNotContain("id=\"scholarship-form\"");
        String nik = fixtures.registry
                .singleIn(
                        ProgrammeFixtures.KELURAHAN + ".061.001",
                        "MAHASISWA HALAMAN",
                        id.warga.population.Sex.MALE,
                        java.time.LocalDate.now().minusYears(21),
                        id.warga.population.LabourActivity.SCHOOL)
                .head()
                .nik();
        String location = mvc.perform(post("/program/beasiswa")
                        .with(httpBasic(fixtures.lurah, AccessFixtures.PASSWORD))
                        .with(csrf())
                        .param("nik", nik)
                        .param("university", "UNTIRTA")
                        .param("studyProgramme", "Teknik Sipil")
                        .param("semester", "3")
                        .param("gpa", "3,45"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/program/beasiswa/\\d+");
        assertThat(page("kota", location)).contains("id=\"award\"", "3.45", "Teknik Sipil");
        assertThat(basic(fixtures.lurah, location))
                .doesNotContain("id=\"award\"")
                .contains(nik);
        mvc.perform(post("/program/beasiswa")
                        .with(httpBasic(fixtures.lurah, AccessFixtures.PASSWORD))
                        .with(csrf())
                        .param("nik", nik)
                        .param("university", "UNTIRTA")
                        .param("studyProgramme", "Teknik Sipil")
                        .param("semester", "3")
                        .param("gpa", "tiga"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("IPK harus angka")));
    }

    @Test
    void thePublicPagesNeedNoSignIn() throws Exception {
        assertThat(mvc.perform(get("/data-terbuka/beasiswa"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Beasiswa sarjana");
        assertThat(mvc.perform(get("/data-terbuka/bantuan"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Penerima bantuan");
        assertThat(mvc.perform(get("/data-terbuka/dana-rw?lang=en"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("RW environment fund")
                .doesNotContain("<script>");
    }

    @Test
    void theCitysOpenDataPageLeadsToTheProgrammes() throws Exception {
        assertThat(mvc.perform(get("/data-terbuka"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "href=\"/data-terbuka/dana-rw\"",
                        "href=\"/data-terbuka/bantuan\"",
                        "href=\"/data-terbuka/beasiswa\"");
    }

    private String page(String demoUser, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(demoUser, "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String basic(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, AccessFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
