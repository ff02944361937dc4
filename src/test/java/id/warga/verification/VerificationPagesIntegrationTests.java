package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.AccessFixtures;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.ResidentView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The workflow's pages: a refused step shows the rule, a sent-back change offers its fix, the checklist shows its counts. */
@SpringBootTest
@AutoConfigureMockMvc
class VerificationPagesIntegrationTests {

    static final String RT = "36.72.08.1005.902.001";

    @Autowired
    MockMvc mvc;

    @Autowired
    VerificationFixtures fixtures;

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, AccessFixtures.PASSWORD))
                .with(csrf())
                .header("Accept-Language", "id"));
    }

    @Test
    void aSentBackChangeShowsItsReasonOnTheHouseholdCardAndOffersTheFilledFix() throws Exception {
        VerificationFixtures.Area area = fixtures.area(RT);
        HouseholdView family = fixtures.family(RT);
        ResidentView wife = fixtures.member(family, "SITI AMINAH");
        long id = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.SCHOOL))
                .pending()
                .submissionId();

        as(area.rwHead(), get("/pengajuan/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"verify\""), containsString("id=\"reject\""))));
        as(area.lurah(), post("/pengajuan/" + id + "/setujui"))
                .andExpect(redirectedUrl("/pengajuan/" + id))
                .andExpect(flash().attribute("problem", containsString("masih menunggu pemeriksaan RW")));
        as(area.rwHead(), post("/pengajuan/" + id + "/tolak").param("reason", "Umurnya sudah 35, bukan sekolah"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", containsString("dikembalikan")));

        as(area.rtHead(), get("/warga/kk/" + family.id()))
                .andExpect(content()
                        .string(allOf(
                                containsString("dikembalikan"),
                                containsString("Umurnya sudah 35, bukan sekolah"),
                                containsString("/warga/penduduk/" + wife.id() + "/kerja?pengajuan=" + id))));
        as(area.rtHead(), get("/warga/penduduk/" + wife.id() + "/kerja").param("pengajuan", String.valueOf(id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"answer-SCHOOL\">")));
        as(area.rtHead(), get("/pengajuan").param("tampil", "RETURNED"))
                .andExpect(content()
                        .string(allOf(containsString("submission-" + id), containsString("Umurnya sudah 35"))));
    }

    @Test
    void theRtHeadSeesTheChecklistAndAttests() throws Exception {
        VerificationFixtures.Area area = fixtures.area("36.72.08.1005.903.001");
        fixtures.single(area.rt(), "MAMAN TANPA JAWABAN", null);

        as(area.rtHead(), get("/pengesahan")).andExpect(redirectedUrl("/pengesahan/" + area.rt()));
        as(area.rtHead(), get("/pengesahan/" + area.rt()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"check-labour\""),
                                containsString("id=\"attest-form\""),
                                // the households to check open as a list of exactly those
                                containsString("/warga/rt/" + area.rt() + "?periksa="
                                        + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                                                .minusMonths(6)))));
        as(area.rtHead(), post("/pengesahan/" + area.rt()))
                .andExpect(flash().attribute("problem", containsString("Centang")));
        as(area.rtHead(), post("/pengesahan/" + area.rt()).param("confirm", "yes"))
                .andExpect(redirectedUrl("/pengesahan/" + area.rt()))
                .andExpect(flash().attribute("saved", containsString("tepat waktu")));
        String page = as(area.rtHead(), get("/pengesahan/" + area.rt()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"attested\"").doesNotContain("id=\"attest-form\"");
        as(area.rtHead(), get("/verifikasi")).andExpect(content().string(containsString("Sudah disahkan")));
        as(area.rtHead(), get("/pengajuan").param("area", "36.72.1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode wilayah tidak sah")));
    }
}
