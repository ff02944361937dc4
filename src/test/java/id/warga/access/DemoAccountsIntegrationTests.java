package id.warga.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The demo accounts exist as the README lists them, password {@code demo}. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoAccountsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
        "admin, ADMIN, '', true",
        "kota, CITY, '', true",
        "camat, KECAMATAN, 36.72.01, false",
        "lurah, KELURAHAN, 36.72.01.1002, false",
        "rw, RW, 36.72.01.1002.001, false",
        "rt, RT, 36.72.01.1002.001.001, false"
    })
    void signsInWithPasswordDemoAndHoldsItsArea(String username, String role, String scope, boolean cityWide)
            throws Exception {
        mvc.perform(get("/api/me").with(httpBasic(username, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles", Matchers.contains(role)))
                .andExpect(jsonPath("$.cityWide").value(cityWide))
                .andExpect(jsonPath("$.scopes", Matchers.hasSize(scope.isEmpty() ? 0 : 1)))
                .andExpect(
                        scope.isEmpty()
                                ? jsonPath("$.scopes").isEmpty()
                                : jsonPath("$.scopes[0]").value(scope));
    }
}
