package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.internal.UserAccounts;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    MvcResult signIn(String username, String password, String client) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(from(client)))
                .andReturn();
    }

    MockHttpSession session(String username, String password) throws Exception {
        MvcResult result = signIn(username, password, "127.0.0.1");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/saya");
        return (MockHttpSession) result.getRequest().getSession();
    }

    static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    long audited(String username, String action) {
        audit.flush();
        return jdbc.sql("select count(*) from access.audit_entry where username = ? and action = ?")
                .params(username, action)
                .query(Long.class)
                .single();
    }

    @Test
    void signsInWithTheFormAndLandsOnMyAreaInANewSession() throws Exception {
        String user = fixtures.user("form", Role.RT, "36.72.01.1002.001.001");
        MockHttpSession before = new MockHttpSession();
        String anonymousId = before.getId();
        MvcResult result = mvc.perform(post("/login")
                        .session(before)
                        .param("username", user)
                        .param("password", AccessFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/saya"))
                .andReturn();

        assertThat(result.getRequest().getSession().getId())
                .as("session fixation: a new session id after signing in")
                .isNotEqualTo(anonymousId);
        mvc.perform(get("/saya").session((MockHttpSession) result.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("36.72.01.1002.001.001")));
        assertThat(audited(user, "LOGIN_SUCCEEDED")).isEqualTo(1);
    }

    @Test
    void returnsToThePageAskedForBeforeSigningIn() throws Exception {
        String user = fixtures.user("return", Role.CITY);
        MvcResult asked = mvc.perform(get("/saya/kata-sandi").accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"))
                .andReturn();
        mvc.perform(post("/login")
                        .session((MockHttpSession) asked.getRequest().getSession())
                        .param("username", user)
                        .param("password", AccessFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("http://localhost/saya/kata-sandi?continue"));
    }

    @Test
    void signsOutWithAPostThatEndsTheSession() throws Exception {
        String user = fixtures.user("logout", Role.CITY);
        MockHttpSession session = session(user, AccessFixtures.PASSWORD);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(audited(user, "LOGOUT")).isEqualTo(1);
    }

    @Test
    void answersTheApiWithJson401AndSendsPagesToTheLoginForm() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.error").value("unauthenticated"))
                .andExpect(jsonPath("$.message").value("Silakan masuk terlebih dahulu."));
        mvc.perform(get("/api/me").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.message").value("Please sign in first."));
        mvc.perform(get("/saya").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void sendsTheSecurityHeadersOnEveryAnswer() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", Matchers.containsString("microphone=()")));
    }

    @Test
    void showsAnIndonesianLoginPageWithEnglishOnRequest() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("name=\"username\"", "name=\"password\"", "type=\"submit\"", "name=\"_csrf\"")
                .contains("Kata sandi", "Akun demo");
        assertThat(mvc.perform(get("/login").param("lang", "en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Password", "Sign in");
    }

    @Nested
    class Refuses {

        @Test
        void aWrongPasswordAndAuditsItWithoutThePassword() throws Exception {
            String user = fixtures.user("wrong", Role.CITY);
            MvcResult result = signIn(user, "tebakan yang salah sekali", "127.0.0.1");
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=credentials");
            assertThat(audited(user, "LOGIN_FAILED")).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from access.audit_entry where detail::text like '%tebakan%'")
                            .query(Long.class)
                            .single())
                    .isZero();
        }

        @Test
        void anUnknownUsernameWithoutRecordingWhatWasTyped() throws Exception {
            signIn("kopi-pahit-rahasia", "whatever it is", "127.0.0.1");
            audit.flush();
            assertThat(jdbc.sql("select count(*) from access.audit_entry where username like '%kopi-pahit%'"
                                    + " or record_id like '%kopi-pahit%' or detail::text like '%kopi-pahit%'")
                            .query(Long.class)
                            .single())
                    .isZero();
        }

        @Test
        void aLockedAccountEvenWithTheRightPasswordUntilAnAdministratorUnlocksIt() throws Exception {
            String user = fixtures.user("lock", Role.CITY);
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertThat(signIn(user, "salah " + attempt + " kali", "192.0.2.10")
                                .getResponse()
                                .getRedirectedUrl())
                        .isEqualTo("/login?error=credentials");
            }
            assertThat(signIn(user, "salah lima kali", "192.0.2.10")
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error=locked");
            assertThat(signIn(user, AccessFixtures.PASSWORD, "192.0.2.11")
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error=locked");
            mvc.perform(get("/api/me").with(httpBasic(user, AccessFixtures.PASSWORD)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error").value("account_locked"));

            accounts.unlock(user);
            assertThat(signIn(user, AccessFixtures.PASSWORD, "192.0.2.11")
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/saya");
        }

        @Test
        void aLockWhenItsTimeHasPassed() throws Exception {
            String user = fixtures.user("lapsed", Role.CITY);
            jdbc.sql("update access.account set locked_until = now() - interval '1 minute' where username = ?")
                    .param(user)
                    .update();
            assertThat(signIn(user, AccessFixtures.PASSWORD, "192.0.2.12")
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/saya");
        }

        @Test
        void aClientAddressThatFailedTooOftenWhateverTheAccount() throws Exception {
            String user = fixtures.user("throttled", Role.CITY);
            for (int attempt = 0; attempt < 50; attempt++) {
                signIn("tidak-ada-" + attempt, "salah", "192.0.2.66");
            }
            assertThat(signIn(user, AccessFixtures.PASSWORD, "192.0.2.66")
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error=throttled");
            mvc.perform(get("/api/me")
                            .with(httpBasic(user, AccessFixtures.PASSWORD))
                            .with(from("192.0.2.66")))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.error").value("too_many_attempts"));
            assertThat(signIn(user, AccessFixtures.PASSWORD, "192.0.2.67")
                            .getResponse()
                            .getRedirectedUrl())
                    .as("another address is not affected")
                    .isEqualTo("/saya");
        }

        @Test
        void neverToLockADemoAccountWhosePasswordIsPublic() throws Exception {
            for (int attempt = 0; attempt < 6; attempt++) {
                signIn("lurah", "bukan demo", "192.0.2.20");
            }
            assertThat(signIn("lurah", "demo", "192.0.2.20").getResponse().getRedirectedUrl())
                    .isEqualTo("/saya");
        }

        @Test
        void aDisabledAccountAndEndsItsOpenSession() throws Exception {
            String user = fixtures.user("disabled", Role.CITY);
            MockHttpSession session = session(user, AccessFixtures.PASSWORD);
            mvc.perform(get("/saya").session(session)).andExpect(status().isOk());

            accounts.setEnabled(user, false);

            mvc.perform(get("/saya").session(session).accept(MediaType.TEXT_HTML))
                    .andExpect(redirectedUrl("/login"));
            assertThat(signIn(user, AccessFixtures.PASSWORD, "192.0.2.13")
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error=disabled");
            mvc.perform(get("/api/me").with(httpBasic(user, AccessFixtures.PASSWORD)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error").value("account_disabled"));
        }
    }

    @Nested
    class Csrf {

        @Test
        void refusesALoginFormWithoutItsToken() throws Exception {
            String user = fixtures.user("csrf", Role.CITY);
            mvc.perform(post("/login").param("username", user).param("password", AccessFixtures.PASSWORD))
                    .andExpect(redirectedUrl("/login?expired"));
        }

        @Test
        void refusesAPageFormWithoutItsToken() throws Exception {
            String user = fixtures.user("csrfpage", Role.CITY);
            MockHttpSession session = session(user, AccessFixtures.PASSWORD);
            mvc.perform(post("/saya/token").session(session).param("name", "x")).andExpect(status().isForbidden());
            mvc.perform(post("/saya/token").session(session).param("name", "x").with(csrf()))
                    .andExpect(redirectedUrl("/saya#token"));
        }

        @Test
        void refusesAnApiCallRidingOnASessionWithoutTheToken() throws Exception {
            String user = fixtures.user("csrfapi", Role.CITY);
            MockHttpSession session = session(user, AccessFixtures.PASSWORD);
            mvc.perform(post("/api/me/tokens")
                            .session(session)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"x\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("forbidden"));
            mvc.perform(post("/api/me/tokens")
                            .session(session)
                            .header("X-CSRF-TOKEN", "not the token")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"x\"}"))
                    .andExpect(status().isForbidden());
        }

        @Test
        void needsNoTokenForAnApiCallWithBasicOrBearerCredentials() throws Exception {
            String user = fixtures.user("csrfbasic", Role.CITY);
            String created = mvc.perform(post("/api/me/tokens")
                            .with(httpBasic(user, AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"script\"}"))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String token = com.jayway.jsonpath.JsonPath.read(created, "$.token");
            mvc.perform(post("/api/me/tokens")
                            .header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"second\"}"))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void appliesChangedAreasToAnOpenSessionAtOnce() throws Exception {
        String user = fixtures.user("moved", Role.RT, "36.72.01.1002.001.001");
        MockHttpSession session = session(user, AccessFixtures.PASSWORD);
        mvc.perform(get("/api/me").session(session))
                .andExpect(jsonPath("$.scopes[0]").value("36.72.01.1002.001.001"));

        accounts.changeGrant(user, java.util.Set.of(Role.RW), List.of("36.72.01.1002.001"));

        mvc.perform(get("/api/me").session(session))
                .andExpect(jsonPath("$.roles[0]").value("RW"))
                .andExpect(jsonPath("$.scopes[0]").value("36.72.01.1002.001"));
    }

    @Test
    void makesSomeoneWithATemporaryPasswordChooseTheirOwnFirst() throws Exception {
        String user = fixtures.user("temporary", Role.CITY);
        String temporary = accounts.resetPassword(user, null);
        MvcResult result = signIn(user, temporary, "127.0.0.1");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/saya/kata-sandi");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        mvc.perform(get("/saya").session(session)).andExpect(redirectedUrl("/saya/kata-sandi"));
        mvc.perform(get("/api/me/tokens").session(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("password_change_required"));

        mvc.perform(post("/saya/kata-sandi")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", temporary)
                        .param("newPassword", "pendek")
                        .param("confirmPassword", "pendek"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Kata sandi terlalu pendek.")));
        mvc.perform(post("/saya/kata-sandi")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", temporary)
                        .param("newPassword", "sawah hijau di ujung gang")
                        .param("confirmPassword", "sawah hijau di ujung gang"))
                .andExpect(redirectedUrl("/saya"));
        mvc.perform(get("/saya").session(session)).andExpect(status().isOk());
        assertThat(signIn(user, "sawah hijau di ujung gang", "127.0.0.1")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/saya");
    }
}
