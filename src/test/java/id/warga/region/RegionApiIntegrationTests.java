package id.warga.region;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RegionApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionUnits units;

    @Test
    void describesTheCityWithItsKecamatan() throws Exception {
        mvc.perform(get("/api/regions/36.72"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("36.72"))
                .andExpect(jsonPath("$.name").value("Kota Cilegon"))
                .andExpect(jsonPath("$.level").value("kota"))
                .andExpect(jsonPath("$.parentCode").value("36"))
                .andExpect(jsonPath("$.children", Matchers.hasSize(8)))
                .andExpect(jsonPath("$.children[0].code").value("36.72.01"))
                .andExpect(jsonPath("$.children[0].name").value("Cibeber"))
                .andExpect(jsonPath("$.children[0].level").value("kecamatan"));
    }

    @Test
    void describesAProvinceWithoutParent() throws Exception {
        mvc.perform(get("/api/regions/36"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("provinsi"))
                .andExpect(jsonPath("$.parentCode").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.children[?(@.code == '36.72')].name").value("Kota Cilegon"));
    }

    @Test
    void givesTheKecamatanShapesOfTheCity() throws Exception {
        mvc.perform(get("/api/regions/36.72/boundaries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", Matchers.hasSize(8)))
                .andExpect(jsonPath("$.features[0].type").value("Feature"))
                .andExpect(jsonPath("$.features[0].geometry.type").value(Matchers.oneOf("Polygon", "MultiPolygon")))
                .andExpect(jsonPath("$.features[0].properties.code").value("36.72.01"))
                .andExpect(jsonPath("$.features[0].properties.name").value("Cibeber"));
    }

    @Test
    void givesTheFortyThreeKelurahanShapesByLevel() throws Exception {
        mvc.perform(get("/api/regions/36.72/boundaries").param("level", "kelurahan"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features", Matchers.hasSize(43)));
    }

    @Test
    void givesAnAreaItsOwnOutlineAndAnRwOrRtThatOfItsKelurahan() throws Exception {
        mvc.perform(get("/api/regions/36.72.01.1002/outline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.geometry.type").value(Matchers.oneOf("Polygon", "MultiPolygon")))
                .andExpect(jsonPath("$.properties.code").value("36.72.01.1002"))
                .andExpect(jsonPath("$.properties.name").value("Kedaleman"));
        units.createMissing(List.of(RegionCode.of("36.72.01.1002.061.001")));
        mvc.perform(get("/api/regions/36.72.01.1002.061.001/outline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.code").value("36.72.01.1002"));
        mvc.perform(get("/api/regions/36.72.01/outline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.code").value("36.72.01"));
        mvc.perform(get("/api/regions/36/outline"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").exists());
        mvc.perform(get("/api/regions/36.72.01.1001.999/outline")).andExpect(status().isNotFound());
    }

    @Test
    void givesNewRwAndRtARepresentativePointInsideTheirKelurahan() throws Exception {
        mvc.perform(post("/api/regions/36.72.07.1006/units")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": 7}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("36.72.07.1006.007"))
                .andExpect(jsonPath("$.level").value("rw"))
                .andExpect(jsonPath("$.name").value("RW 007"));
        mvc.perform(post("/api/regions/36.72.07.1006.007/units")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": 3}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("36.72.07.1006.007.003"))
                .andExpect(jsonPath("$.level").value("rt"));

        mvc.perform(get("/api/regions/36.72.07.1006/boundaries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[?(@.properties.code == '36.72.07.1006.007')].geometry.type")
                        .value("Point"));
        mvc.perform(get("/api/regions/36.72.07.1006.007/boundaries"))
                .andExpect(jsonPath("$.features[0].properties.name").value("RT 003"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(Matchers.closeTo(106.02, 0.1)));
    }

    @Test
    void recordsHeadsAsDatedTermsAndEndsThePredecessorsTerm() throws Exception {
        mvc.perform(post("/api/regions/36.72.02.1005/heads")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Lurah Pertama", "skNumber": "821.2/10/2022", "startsOn": "2022-01-03"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.office").value("LURAH"));
        mvc.perform(post("/api/regions/36.72.02.1005/heads")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Lurah Kedua", "skNumber": "821.2/11/2024", "startsOn": "2024-07-01"}
                                """))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/regions/36.72.02.1005/heads"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(2)))
                .andExpect(jsonPath("$[0].headName").value("Lurah Kedua"))
                .andExpect(jsonPath("$[0].endsOn").value(Matchers.nullValue()))
                .andExpect(jsonPath("$[1].headName").value("Lurah Pertama"))
                .andExpect(jsonPath("$[1].endsOn").value("2024-06-30"));
    }

    @Nested
    class Refuses {

        @Test
        void aMalformedCodeWith400() throws Exception {
            mvc.perform(get("/api/regions/36.7x"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_region_code"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("36.7x")))
                    .andExpect(jsonPath("$.trace").doesNotExist());
        }

        @Test
        void anUnknownCodeWith404() throws Exception {
            mvc.perform(get("/api/regions/36.72.09"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("not_found"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("36.72.09")));
            mvc.perform(get("/api/regions/36.72.01.1001.999/boundaries"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("not_found"));
        }

        @Test
        void messagesInEnglishWhenAsked() throws Exception {
            mvc.perform(get("/api/regions/36.72.09").header("Accept-Language", "en"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("No region with code 36.72.09."));
        }

        @Test
        void aUnitUnderSomethingOtherThanAKelurahanOrRw() throws Exception {
            mvc.perform(post("/api/regions/36.72.01/units")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"number\": 1}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_parent"));
        }

        @Test
        void aUnitNumberOutOfRangeOrOfTheWrongType() throws Exception {
            mvc.perform(post("/api/regions/36.72.01.1001/units")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"number\": 1000}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("validation_failed"))
                    .andExpect(jsonPath("$.violations[0].field").value("number"));
            mvc.perform(post("/api/regions/36.72.01.1001/units")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"number\": \"tujuh\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("malformed_body"));
            mvc.perform(post("/api/regions/36.72.01.1001/units")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"number\": "))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("malformed_body"));
        }

        @Test
        void aDuplicateUnit() throws Exception {
            String body = "{\"number\": 42}";
            mvc.perform(post("/api/regions/36.72.03.1004/units")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated());
            mvc.perform(post("/api/regions/36.72.03.1004/units")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("unit_exists"));
        }

        @Test
        void anOverlappingTermOfOffice() throws Exception {
            mvc.perform(post("/api/regions/36.72.04.1005/heads")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"name": "A", "skNumber": "1", "startsOn": "2023-01-01", "endsOn": "2025-12-31"}
                                    """))
                    .andExpect(status().isCreated());
            mvc.perform(post("/api/regions/36.72.04.1005/heads")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"name": "B", "skNumber": "2", "startsOn": "2024-01-01"}
                                    """))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("startsOn"));
        }

        @Test
        void changesWithoutAnAdministrator() throws Exception {
            mvc.perform(post("/api/regions/36.72.01.1001/units")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"number\": 1}"))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void anUnknownApiRouteWithTheSameErrorShape() throws Exception {
            mvc.perform(get("/api/nothing-here").with(httpBasic("admin", "demo")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("not_found"));
        }
    }
}
