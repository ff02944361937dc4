package id.warga.maps;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.analytics.AnalyticsIntegrationTest;
import id.warga.analytics.internal.MonthlyFigures;
import id.warga.demo.DemoCityGenerator;
import id.warga.demo.DemoCitySettings;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoCityGenerator generator;

    @Autowired
    MonthlyFigures monthly;

    @BeforeAll
    void city() {
        monthly.openCurrentMonth();
        generator.generateIfEmpty(new DemoCitySettings(11, 0.03, "36.72"));
        monthly.openCurrentMonth();
    }

    @Test
    void showsTheCityDashboardWithMapHotspotsChartsAndDownloads() throws Exception {
        mvc.perform(get("/dasbor/36.72").with(httpBasic("kota", "demo")).header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("Angka administratif"),
                                Matchers.containsString("data-map-level=\"kelurahan\""),
                                Matchers.containsString("class=\"hotspot-link\""),
                                Matchers.containsString("chart-education"),
                                Matchers.containsString("/api/indicators/36.72/download"),
                                Matchers.containsString("/webjars/echarts/"),
                                Matchers.not(Matchers.containsString("cdn")))));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/dasbor/36.72.01?lang=en").with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Administrative figure")));
    }

    @Test
    void bringsALurahToTheirKelurahan() throws Exception {
        mvc.perform(get("/dasbor").with(httpBasic("lurah", "demo"))).andExpect(redirectedUrl("/dasbor/36.72.01.1002"));
        mvc.perform(get("/dasbor/36.72.01.1002").with(httpBasic("lurah", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kedaleman")));
    }

    @Test
    void showsTheOpenDataPageWithWithheldFiguresMarked() throws Exception {
        mvc.perform(get("/data-terbuka").with(httpBasic("rt", "demo")).header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("Data terbuka"),
                                Matchers.containsString("Cibeber"),
                                Matchers.containsString("/api/open/indicators/36.72/download"))));
    }

    @Nested
    class Refuses {

        @Test
        void aKelurahanOutsideTheLurahsArea() throws Exception {
            mvc.perform(get("/dasbor/36.72.01.1001")
                            .with(httpBasic("lurah", "demo"))
                            .header("Accept", "text/html"))
                    .andExpect(status().isNotFound());
        }

        @Test
        void anonymousVisitorsAndSendsThemToLogin() throws Exception {
            mvc.perform(get("/dasbor/36.72").header("Accept", "text/html"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }
}
