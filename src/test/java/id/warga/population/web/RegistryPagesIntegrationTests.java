package id.warga.population.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryFixtures;
import id.warga.population.ResidentView;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class RegistryPagesIntegrationTests {

    static final String RT = RegistryFixtures.RT_OF_RT_USER;
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    RegistryFixtures fixtures;
    HouseholdView family;

    @BeforeEach
    void family() {
        fixtures = new RegistryFixtures(registry, directory, units, regions);
        family = fixtures.familyIn(RT);
    }

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).with(csrf()).header("Accept-Language", "id"));
    }

    @Test
    void sendsAnRtHeadStraightToTheirRt() throws Exception {
        as("rt", get("/warga")).andExpect(redirectedUrl("/warga/rt/" + RT));
        as("lurah", get("/warga")).andExpect(redirectedUrl("/warga/cari"));
        as("rt", get("/warga/rt/" + RT))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("BUDI SANTOSO"), containsString("Perlu diperiksa"))));
    }

    @Test
    void linksTheRegistryFromTheHeaderForSignedInUsersOnly() throws Exception {
        as("rt", get("/wilayah/36.72")).andExpect(content().string(containsString("href=\"/warga\"")));
        mvc.perform(get("/wilayah/36.72")).andExpect(content().string(not(containsString("href=\"/warga\""))));
    }

    @Test
    void showsAHouseholdCardWithItsMembersAndTheirLabourBlock() throws Exception {
        as("rt", get("/warga/kk/" + family.id()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(family.kkNumber()),
                                containsString("SITI AMINAH"),
                                containsString("pengangguran terbuka"),
                                containsString("RIZKY PRATAMA"))));
    }

    @Test
    void searchesTheKelurahanByName() throws Exception {
        ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
        as("lurah", get("/warga/cari").param("q", "rizky pratama"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RIZKY PRATAMA")));
        as("lurah", get("/warga/cari").param("q", child.nik()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/warga/kk/" + family.id())));
        as("lurah", get("/warga/cari").param("q", "ab"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("paling sedikit 3 huruf")));
    }

    @Test
    void answersTheLabourBlockInOneTap() throws Exception {
        ResidentView mother = fixtures.member(family, "SITI AMINAH");
        as(
                        "rt",
                        post("/warga/penduduk/" + mother.id() + "/kerja")
                                .param("requestKey", UUID.randomUUID().toString())
                                .param("version", String.valueOf(mother.version()))
                                .param("activity", "WORKED")
                                .param("referenceDate", TODAY.toString()))
                .andExpect(redirectedUrl("/warga/kk/" + family.id() + "#warga-" + mother.id()));
        assertThat(fixtures.as("admin", () -> directory.resident(mother.id()))
                        .labour()
                        .activity())
                .isEqualTo(LabourActivity.WORKED);
    }

    @Test
    void addsANewbornOnceWhenTheFormIsSentTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            as(
                            "rt",
                            post("/warga/kk/" + family.id() + "/anggota-baru")
                                    .param("requestKey", key)
                                    .param("version", String.valueOf(family.version()))
                                    .param("reason", "BIRTH")
                                    .param("name", "Dewi Lestari")
                                    .param("sex", "FEMALE")
                                    .param("birthDate", TODAY.minusDays(1).toString())
                                    .param("religion", "1")
                                    .param("maritalStatus", "1")
                                    .param("education", "1")
                                    .param("occupation", "1")
                                    .param("relation", "4"))
                    .andExpect(redirectedUrlPattern("/warga/kk/" + family.id() + "#warga-*"));
        }
        assertThat(fixtures.as("admin", () -> directory.household(family.id())).members())
                .filteredOn(m -> m.name().equals("DEWI LESTARI"))
                .hasSize(1);
    }

    @Test
    void changesTheHeadFromTheHouseholdPage() throws Exception {
        ResidentView mother = fixtures.member(family, "SITI AMINAH");
        as("rt", get("/warga/kk/" + family.id() + "/ubah")).andExpect(status().isOk());
        as(
                        "rt",
                        post("/warga/kk/" + family.id() + "/kepala")
                                .param("requestKey", UUID.randomUUID().toString())
                                .param("version", String.valueOf(family.version()))
                                .param("newHeadId", String.valueOf(mother.id()))
                                .param("formerHeadRelation", "2"))
                .andExpect(redirectedUrl("/warga/kk/" + family.id()));
        assertThat(fixtures.as("admin", () -> directory.household(family.id()))
                        .head()
                        .id())
                .isEqualTo(mother.id());
    }

    @Test
    void movesAWholeHouseholdToAnotherRtAndLeavesTheRtHeadOnTheirRt() throws Exception {
        String elsewhere = fixtures.rt("36.72.01.1002.001.003");
        as(
                        "rt",
                        post("/warga/kk/" + family.id() + "/pindah")
                                .param("requestKey", UUID.randomUUID().toString())
                                .param("version", String.valueOf(family.version()))
                                .param("toRtCode", elsewhere)
                                .param("occurredOn", TODAY.toString()))
                .andExpect(redirectedUrl("/warga/rt/" + RT));
        assertThat(fixtures.as("lurah", () -> directory.household(family.id())).rtCode())
                .isEqualTo(elsewhere);
    }

    @Nested
    class WhenSomethingIsWrong {

        @Test
        void showsEachErrorUnderItsField() throws Exception {
            as(
                            "rt",
                            post("/warga/kk/" + family.id() + "/anggota-baru")
                                    .param("requestKey", UUID.randomUUID().toString())
                                    .param("version", String.valueOf(family.version()))
                                    .param("reason", "BIRTH")
                                    .param("sex", "FEMALE")
                                    .param("birthDate", "31-02-2026")
                                    .param("relation", "4"))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("has-error"),
                                    containsString("Nama wajib diisi."),
                                    containsString("Nilainya bukan tanggal"))));
        }

        @Test
        void asksToConfirmAWarningAndSavesOnceConfirmed() throws Exception {
            ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
            MockHttpServletRequestBuilder marry = post("/warga/penduduk/" + child.id() + "/ubah")
                    .param("requestKey", UUID.randomUUID().toString())
                    .param("version", String.valueOf(child.version()))
                    .param("nik", child.nik())
                    .param("name", child.name())
                    .param("sex", "MALE")
                    .param("birthDate", child.birthDate().toString())
                    .param("religion", "1")
                    .param("maritalStatus", "2")
                    .param("education", "2")
                    .param("occupation", "3")
                    .param("relation", "4");

            as("rt", marry)
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("confirm-warnings"),
                                    containsString("value=\"MARRIED_UNDER_19\""),
                                    containsString("di bawah batas umur kawin"))));
            as("rt", marry.param("confirmedWarnings", "MARRIED_UNDER_19"))
                    .andExpect(redirectedUrl("/warga/kk/" + family.id()));
        }

        @Test
        void showsBothVersionsAfterSomeoneElseChangedTheResident() throws Exception {
            ResidentView mother = fixtures.member(family, "SITI AMINAH");
            fixtures.as(
                    "admin",
                    () -> registry.apply(new RegistryCommand.AnswerLabourBlock(
                            mother.id(),
                            mother.version(),
                            RegistryFixtures.answer(LabourActivity.HOUSEKEEPING),
                            Set.of())));

            as(
                            "rt",
                            post("/warga/penduduk/" + mother.id() + "/kerja")
                                    .param("requestKey", UUID.randomUUID().toString())
                                    .param("version", String.valueOf(mother.version()))
                                    .param("activity", "WORKED"))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Data ini sudah diubah orang lain"),
                                    containsString("bekerja"),
                                    containsString("mengurus rumah tangga"),
                                    containsString("name=\"version\" value=\"" + (mother.version() + 1) + "\""),
                                    containsString("name=\"activity\" value=\"WORKED\""))));
        }

        @Test
        void answersAnRtOutsideTheUsersAreaAsNotFound() throws Exception {
            fixtures.rt("36.72.01.1002.001.002");
            as("rt", get("/warga/rt/36.72.01.1002.001.002")).andExpect(status().isNotFound());
            HouseholdView elsewhere = fixtures.familyIn("36.72.01.1002.001.002");
            as("rt", get("/warga/kk/" + elsewhere.id())).andExpect(status().isNotFound());
            as("lurah", get("/warga/kk/" + elsewhere.id())).andExpect(status().isOk());
        }

        @Test
        void asksWhereTheHouseholdMoves() throws Exception {
            as(
                            "rt",
                            post("/warga/kk/" + family.id() + "/pindah")
                                    .param("requestKey", UUID.randomUUID().toString())
                                    .param("version", String.valueOf(family.version()))
                                    .param("occurredOn", TODAY.toString()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("RT tujuan wajib diisi.")));
        }

        @Test
        void asksForSignInFirst() throws Exception {
            mvc.perform(get("/warga/rt/" + RT).accept(org.springframework.http.MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection());
        }
    }
}
