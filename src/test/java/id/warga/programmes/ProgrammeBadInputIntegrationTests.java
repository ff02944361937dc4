package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests no form would send: each answers below 500, the API in its JSON shape, never a stack trace. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeBadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void oddRequestsAreAnsweredAsMistakesNotAsErrors() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/program/dana-rw/abc"),
                get("/program/dana-rw?tahun=duaribu"),
                get("/program/dana-rw?status=SELESAI"),
                get("/program/dana-rw/999999999"),
                get("/program/bantuan/999999999"),
                get("/program/beasiswa/-1"),
                get("/program/beasiswa?status=X"),
                get("/api/programmes/rw-fund/plans?status=SELESAI"),
                get("/api/programmes/rw-fund/plans?area=bukan-kode"),
                get("/api/programmes/rw-fund/plans?year=99999999999"),
                get("/api/programmes/rw-fund/plans/1/activities/x/photo"),
                get("/api/programmes/aid/999999999"),
                get("/api/programmes/aid/999999999/recipients"),
                get("/api/programmes/scholarships/999999999"),
                get("/api/open/programmes/rw-fund?year=abc"),
                json("/api/programmes/rw-fund/plans", "{\"rwCode\": "),
                json("/api/programmes/rw-fund/plans", "[]"),
                json("/api/programmes/rw-fund/plans", "{\"rwCode\": \"36.72.01.1002.001\", \"year\": 1900}"),
                json(
                        "/api/programmes/aid",
                        "{\"name\": \"x\", \"amount\": -5, \"source\": \"APBD\", \"target\": \"PERSON\"}"),
                json(
                        "/api/programmes/aid",
                        "{\"name\": \"x\", \"amount\": 5, \"year\": 99999, \"source\": \"APBD\","
                                + " \"target\": \"PERSON\", \"quota\": 0}"),
                json("/api/programmes/aid/1/exclusions", "{}"),
                json("/api/programmes/scholarships", "{\"semester\": \"tiga\"}"),
                json("/api/programmes/scholarships", "{\"nik\": \"1\", \"gpa\": 12.5, \"semester\": -1}"),
                json("/api/programmes/scholarships/999999999/disbursements", "{\"semester\": 1}"));
        for (MockHttpServletRequestBuilder request : requests) {
            MockHttpServletResponse response = mvc.perform(request.with(httpBasic("kota", "demo")))
                    .andReturn()
                    .getResponse();
            String what = response.getStatus() + " " + response.getContentAsString();
            assertThat(response.getStatus()).as(what).isBetween(400, 499);
            assertThat(response.getContentAsString()).as(what).doesNotContain("Exception", "at id.warga");
            if (response.getContentType() != null && response.getContentType().contains("json")) {
                assertThat(response.getContentAsString()).as(what).contains("\"error\"", "\"message\"");
            }
        }
    }

    private static MockHttpServletRequestBuilder json(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
