package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.warga.access.internal.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    String create(String user, String body) throws Exception {
        return mvc.perform(post("/api/me/tokens")
                        .with(httpBasic(user, AccessFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void actsAsItsOwnerWithTheOwnersAreas() throws Exception {
        String user = fixtures.user("token", Role.RW, "36.72.01.1002.001");
        String token = JsonPath.read(create(user, "{\"name\": \"skrip RW\"}"), "$.token");

        assertThat(token).startsWith("wrg_").hasSizeGreaterThan(40);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user))
                .andExpect(jsonPath("$.roles[0]").value("RW"))
                .andExpect(jsonPath("$.scopes[0]").value("36.72.01.1002.001"));
    }

    @Test
    void keepsOnlyAHashAndNeverShowsTheTokenAgain() throws Exception {
        String user = fixtures.user("hashed", Role.CITY);
        String token = JsonPath.read(create(user, "{\"name\": \"laporan\"}"), "$.token");

        String stored = jdbc.sql("select string_agg(t::text, '|') from access.api_token t")
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(token).contains(sha256(token));
        mvc.perform(get("/api/me/tokens").with(httpBasic(user, AccessFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("laporan"))
                .andExpect(jsonPath("$[0].prefix").value(token.substring(0, 8)))
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andExpect(jsonPath("$[0].active").value(true));
    }

    @Nested
    class Refuses {

        @Test
        void aRevokedToken() throws Exception {
            String user = fixtures.user("revoked", Role.CITY);
            String created = create(user, "{\"name\": \"sekali pakai\"}");
            String token = JsonPath.read(created, "$.token");
            Integer id = JsonPath.read(created, "$.id");
            mvc.perform(delete("/api/me/tokens/" + id).header("Authorization", "Bearer " + token))
                    .andExpect(status().isNoContent());
            mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error").value("unauthenticated"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("Token API")));
        }

        @Test
        void anExpiredToken() throws Exception {
            String user = fixtures.user("expired", Role.CITY);
            String created = create(user, "{\"name\": \"lama\", \"expiresInDays\": 1}");
            String token = JsonPath.read(created, "$.token");
            jdbc.sql("update access.api_token set expires_at = now() - interval '1 second' where id = ?")
                    .param(((Integer) JsonPath.read(created, "$.id")).longValue())
                    .update();
            mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void anUnknownOrMalformedToken() throws Exception {
            mvc.perform(get("/api/me").header("Authorization", "Bearer wrg_tidak-ada"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error").value("unauthenticated"));
            mvc.perform(get("/api/regions/36.72").header("Authorization", "Bearer x"))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void theTokenOfADisabledAccount() throws Exception {
            String user = fixtures.user("gone", Role.CITY);
            String token = JsonPath.read(create(user, "{\"name\": \"skrip\"}"), "$.token");
            accounts.setEnabled(user, false);
            mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void aTokenWithoutAName() throws Exception {
            String user = fixtures.user("noname", Role.CITY);
            mvc.perform(post("/api/me/tokens")
                            .with(httpBasic(user, AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \" \"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("name"));
        }
    }

    static String sha256(String value) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
