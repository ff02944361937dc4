package id.warga.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.analytics.internal.AnalyticsCalendar;
import id.warga.analytics.internal.LabourCountStore;
import id.warga.population.LabourActivity;
import id.warga.population.ResidentProfile;
import id.warga.population.ResidentProfileChanged;
import id.warga.population.Sex;
import id.warga.region.RegionCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    LabourFixtures fixtures;

    @Autowired
    UnemploymentStatistics statistics;

    @BeforeAll
    void city() {
        fixtures.smallCity();
    }

    @Test
    void answersTheCityWithItsKecamatanInTheAgreedShape() throws Exception {
        mvc.perform(get("/api/indicators/36.72").with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("36.72"))
                .andExpect(jsonPath("$.name").value("Kota Cilegon"))
                .andExpect(jsonPath("$.level").value("kota"))
                .andExpect(jsonPath("$.period").value(statistics.currentPeriod().toString()))
                .andExpect(jsonPath("$.basis").value("administrative"))
                .andExpect(jsonPath("$.residents").isNumber())
                .andExpect(jsonPath("$.workingAge").isNumber())
                .andExpect(jsonPath("$.labourForce").isNumber())
                .andExpect(jsonPath("$.employed").isNumber())
                .andExpect(jsonPath("$.unemployed").isNumber())
                .andExpect(jsonPath("$.tpt").isNumber())
                .andExpect(jsonPath("$.tpak").isNumber())
                .andExpect(jsonPath("$.completeness").isNumber())
                .andExpect(jsonPath("$.children", hasSize(8)))
                .andExpect(jsonPath("$.children[0].code").value("36.72.01"))
                .andExpect(jsonPath("$.children[0].tpt").isNumber())
                .andExpect(jsonPath("$.children[0].children").doesNotExist());
        JsonNode city = read(get("/api/indicators/36.72").with(httpBasic("kota", "demo")));
        double tpt = city.get("tpt").asDouble();
        assertThat(tpt * 10).isEqualTo(Math.rint(tpt * 10));
    }

    @Test
    void drawsTheKelurahanOfTheCityAsGeoJsonWithTheirFigures() throws Exception {
        mvc.perform(get("/api/indicators/36.72/map?level=kelurahan").with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(43)))
                .andExpect(jsonPath("$.features[0].geometry.type").exists())
                .andExpect(jsonPath("$.features[0].properties.tpt").exists())
                .andExpect(jsonPath("$.features[0].properties.labourForce").isNumber());
    }

    @Test
    void ranksHotspotsByTheLowerEndOfTheirIntervalAboveTheMinimumLabourForce() throws Exception {
        JsonNode hotspots =
                read(get("/api/indicators/36.72/hotspots?level=rt&limit=15").with(httpBasic("kota", "demo")));
        assertThat(hotspots.size()).isEqualTo(15);
        double previous = Double.MAX_VALUE;
        for (JsonNode h : hotspots) {
            assertThat(h.get("labourForce").asInt()).isGreaterThanOrEqualTo(5);
            double low = h.get("tptInterval").get("low").asDouble();
            assertThat(low)
                    .isLessThanOrEqualTo(previous)
                    .isLessThanOrEqualTo(h.get("tpt").asDouble());
            assertThat(h.get("tptInterval").get("high").asDouble())
                    .isGreaterThanOrEqualTo(h.get("tpt").asDouble());
            previous = low;
        }
    }

    @Test
    void breaksDownAndTrendsAnArea() throws Exception {
        mvc.perform(get("/api/indicators/36.72.01/breakdowns").with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bySex", hasSize(2)))
                .andExpect(jsonPath("$.byAgeBand", hasSize(12)))
                .andExpect(jsonPath("$.byEducation", hasSize(11)))
                .andExpect(jsonPath("$.byAgeBand[1].label").value("15–19"));
        JsonNode trend = read(get("/api/indicators/36.72.01/trend").with(httpBasic("kota", "demo")));
        assertThat(trend.get(trend.size() - 1).get("period").asText())
                .isEqualTo(statistics.currentPeriod().toString());
        assertThat(trend.get(trend.size() - 1).get("closed").asBoolean()).isFalse();
    }

    @Test
    @WithMockUser(username = "kota", roles = "CITY")
    void downloadsTheChildAreasAsCsvXlsxAndGeoJson() throws Exception {
        int children = statistics
                .indicators(RegionCode.of("36.72.01"), statistics.currentPeriod())
                .children()
                .size();
        var csv = mvc.perform(
                        get("/api/indicators/36.72.01/download?format=csv").with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn()
                .getResponse();
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFKode,Nama").contains("TPT (%)");
        assertThat(lines).hasSize(1 + children);

        byte[] xlsx = mvc.perform(get("/api/indicators/36.72.01/download?format=xlsx&level=rt")
                        .with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kode");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("rt");
            assertThat(sheet.getLastRowNum()).isGreaterThan(20);
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Angka administratif");
        }

        mvc.perform(get("/api/indicators/36.72.01/download?format=geojson").with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".geojson")))
                .andExpect(jsonPath("$.type").value("FeatureCollection"));
    }

    @Test
    void showsALurahTheirKelurahanAndBelow() throws Exception {
        mvc.perform(get("/api/indicators/36.72.01.1002").with(httpBasic("lurah", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Kedaleman"));
        mvc.perform(get("/api/indicators/36.72.01.1002/hotspots").with(httpBasic("lurah", "demo")))
                .andExpect(status().isOk());
    }

    @Nested
    class Refuses {

        @Test
        void anAreaOutsideTheUsersScopeAsIfItDidNotExist() throws Exception {
            for (String path : List.of(
                    "/api/indicators/36.72.01.1001",
                    "/api/indicators/36.72",
                    "/api/indicators/36.72/map",
                    "/api/indicators/36.72/download?format=csv")) {
                mvc.perform(get(path).with(httpBasic("lurah", "demo")))
                        .andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.error").value("not_found"));
            }
        }

        @Test
        void aMalformedPeriodWithTheFieldNamed() throws Exception {
            mvc.perform(get("/api/indicators/36.72?period=agustus").with(httpBasic("kota", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_period"))
                    .andExpect(jsonPath("$.violations[0].field").value("period"));
        }

        @Test
        void aMonthWithoutFigures() throws Exception {
            mvc.perform(get("/api/indicators/36.72?period=2001-01").with(httpBasic("kota", "demo")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("Belum ada angka untuk periode 2001-01."));
        }

        @Test
        void aLevelThatIsNotBelowTheArea() throws Exception {
            mvc.perform(get("/api/indicators/36.72.01.1002/hotspots?level=kelurahan")
                            .with(httpBasic("kota", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_level"))
                    .andExpect(jsonPath("$.violations[0].field").value("level"));
            mvc.perform(get("/api/indicators/36.72/download?format=pdf").with(httpBasic("kota", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_format"));
        }

        @Test
        void aRebuildToAnyoneWithoutACityWideScope() throws Exception {
            mvc.perform(post("/api/indicators/rebuild").with(httpBasic("lurah", "demo")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void anonymousCallers() throws Exception {
            mvc.perform(get("/api/indicators/36.72").header("Accept", "application/json"))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void rebuildsTheCurrentMonthForACityOfficer() throws Exception {
        mvc.perform(post("/api/indicators/rebuild").with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value(statistics.currentPeriod().toString()))
                .andExpect(jsonPath("$.rows").isNumber());
    }

    private JsonNode read(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** A closed month keeps its month-end figures while the current month follows every change. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MonthEndSnapshots {

        @Autowired
        LabourCountStore store;

        @Autowired
        AnalyticsCalendar calendar;

        @Autowired
        TransactionTemplate transaction;

        @Autowired
        ApplicationEventPublisher events;

        @Autowired
        org.springframework.jdbc.core.simple.JdbcClient jdbc;

        @Test
        @WithMockUser(username = "kota", roles = "CITY")
        void aClosedMonthStaysAsItStoodWhileTheCurrentOneFollowsChanges() throws Exception {
            YearMonth current = statistics.currentPeriod();
            YearMonth previous = current.minusMonths(1);
            transaction.executeWithoutResult(status -> {
                store.lockExclusive();
                if (!store.exists(previous)) {
                    store.rebuild(calendar.counting(previous));
                }
                store.closeBefore(current);
            });
            statistics.rebuild();
            String rt = "36.72.01.1001.001.001";
            JsonNode before = read(
                    get("/api/indicators/36.72.01.1001.001?period=" + previous).with(httpBasic("kota", "demo")));
            JsonNode currentBefore =
                    read(get("/api/indicators/36.72.01.1001.001").with(httpBasic("kota", "demo")));

            transaction.executeWithoutResult(status -> {
                long household = jdbc.sql("select min(household_id) from population.resident where rt_code = ?")
                        .param(rt)
                        .query(Long.class)
                        .single();
                LocalDate birth = LocalDate.now().minusYears(30);
                long resident = jdbc.sql("""
                                insert into population.resident (nik, household_id, name, sex, birth_date, relation, rt_code,
                                    labour_activity, labour_reference_date)
                                values (?, ?, 'PENDATANG BARU', 'M', ?, 4, ?, 'LOOKING_FOR_WORK', ?) returning id
                                """)
                        .params(
                                LabourFixtures.household(RegionCode.of(rt), new ArrayList<>())
                                        .kkNumber(),
                                household,
                                birth,
                                rt,
                                LocalDate.now())
                        .query(Long.class)
                        .single();
                events.publishEvent(new ResidentProfileChanged(
                        resident,
                        null,
                        new ResidentProfile(rt, Sex.MALE, birth, 5, LabourActivity.LOOKING_FOR_WORK, LocalDate.now())));
            });

            JsonNode after = read(
                    get("/api/indicators/36.72.01.1001.001?period=" + previous).with(httpBasic("kota", "demo")));
            JsonNode currentAfter =
                    read(get("/api/indicators/36.72.01.1001.001").with(httpBasic("kota", "demo")));
            assertThat(after).isEqualTo(before);
            assertThat(currentAfter.get("unemployed").asInt())
                    .isEqualTo(currentBefore.get("unemployed").asInt() + 1);
            assertThat(currentAfter.get("residents").asInt())
                    .isEqualTo(currentBefore.get("residents").asInt() + 1);
            JsonNode trend = read(get("/api/indicators/36.72.01.1001.001/trend").with(httpBasic("kota", "demo")));
            assertThat(trend.get(trend.size() - 2).get("period").asText()).isEqualTo(previous.toString());
            assertThat(trend.get(trend.size() - 2).get("closed").asBoolean()).isTrue();
            assertThat(trend.get(trend.size() - 1).get("closed").asBoolean()).isFalse();
        }
    }
}
