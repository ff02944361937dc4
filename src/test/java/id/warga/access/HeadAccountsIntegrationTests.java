package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.warga.region.HeadAppointment;
import id.warga.region.HeadTerm;
import id.warga.region.RegionCode;
import id.warga.region.RegionHeads;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Appointing a head offers the head's account; one step makes it with the unit and the office's role. */
@SpringBootTest
@AutoConfigureMockMvc
class HeadAccountsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionHeads heads;

    @Autowired
    AccessFixtures fixtures;

    HeadTerm appoint(String unit, String name, Long headId) {
        fixtures.ensureUnit(unit);
        return heads.appoint(
                RegionCode.of(unit),
                new HeadAppointment(
                        headId,
                        headId == null ? name : null,
                        null,
                        null,
                        "SK/" + System.nanoTime(),
                        LocalDate.of(2025, 1, 2),
                        null));
    }

    @Test
    void createsAnRtHeadsAccountScopedToTheRtFromTheAppointment() throws Exception {
        HeadTerm term = appoint("36.72.05.1003.004.002", "Ahmad Fauzi Rahman", null);

        mvc.perform(get("/api/head-accounts").param("area", "36.72.05.1003.004").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offers[0].termId").value(term.id()))
                .andExpect(jsonPath("$.offers[0].role").value("RT"))
                .andExpect(jsonPath("$.offers[0].suggestedUsername").value("ahmad.rahman"));

        String answer = mvc.perform(post("/api/head-accounts/" + term.id()).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("ahmad.rahman"))
                .andExpect(jsonPath("$.displayName").value("Ahmad Fauzi Rahman"))
                .andExpect(jsonPath("$.scopes[0]").value("36.72.05.1003.004.002"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String temporary = JsonPath.read(answer, "$.temporaryPassword");
        mvc.perform(get("/api/me").with(httpBasic("ahmad.rahman", temporary)))
                .andExpect(jsonPath("$.roles[0]").value("RT"))
                .andExpect(jsonPath("$.scopes[0]").value("36.72.05.1003.004.002"));
        mvc.perform(get("/api/head-accounts").param("area", "36.72.05.1003.004").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void addsANewUnitToTheAccountOfAHeadWhoAlreadyHasOne() throws Exception {
        HeadTerm rt = appoint("36.72.05.1003.005.001", "Dewi Lestari", null);
        mvc.perform(post("/api/head-accounts/" + rt.id()).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated());
        HeadTerm rw = appoint("36.72.05.1003.005", null, rt.headId());

        mvc.perform(post("/api/head-accounts/" + rw.id()).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addedToExisting").value(true))
                .andExpect(jsonPath("$.temporaryPassword").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.scopes", Matchers.contains("36.72.05.1003.005", "36.72.05.1003.005.001")));
    }

    @Test
    void replacesTheOfferForAPredecessorWithTheNewHeads() throws Exception {
        HeadTerm first = appoint("36.72.05.1003.006.001", "Pertama Sekali", null);
        HeadTerm second = heads.appoint(
                RegionCode.of("36.72.05.1003.006.001"),
                new HeadAppointment(null, "Kedua Kali", null, null, "SK/2", LocalDate.of(2025, 6, 1), null));

        mvc.perform(get("/api/head-accounts").param("area", "36.72.05.1003.006").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.offers[0].termId").value(second.id()));
        mvc.perform(post("/api/head-accounts/" + first.id()).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void createsTheAccountWithOneTapOnTheAdminPage() throws Exception {
        HeadTerm term = appoint("36.72.05.1003.007", "Bambang Sutrisno", null);
        MockHttpSession admin = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/admin/kepala-wilayah")
                        .param("area", "36.72.05.1003.007")
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bambang Sutrisno")))
                .andExpect(content().string(Matchers.containsString("bambang.sutrisno")));
        mvc.perform(post("/admin/kepala-wilayah/" + term.id() + "/akun")
                        .session(admin)
                        .with(csrf())
                        .param("username", "rw7.karangasem"))
                .andExpect(flash().attribute("madeUsername", "rw7.karangasem"))
                .andExpect(flash().attribute("temporaryPassword", Matchers.notNullValue()));
        mvc.perform(get("/api/users/rw7.karangasem").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.roles[0]").value("RW"))
                .andExpect(jsonPath("$.headId").value(term.headId()));
        assertThat(term.office()).isEqualTo("KETUA_RW");
    }
}
