package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessFixtures fixtures;

    ResultActions createUser(String json) throws Exception {
        return mvc.perform(post("/api/users")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void createsAnRtHeadWithATemporaryPasswordToHandOver() throws Exception {
        fixtures.ensureUnit("36.72.01.1002.001.001");
        String answer = createUser("""
                        {"username": "Siti.Rahma", "displayName": "Siti Rahmawati",
                         "roles": ["RT"], "scopes": ["36.72.02.1001.001.003"]}
                        """.replace("36.72.02.1001.001.003", "36.72.01.1002.001.001"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.username").value("siti.rahma"))
                .andExpect(jsonPath("$.user.roles[0]").value("RT"))
                .andExpect(jsonPath("$.user.scopes[0]").value("36.72.01.1002.001.001"))
                .andExpect(jsonPath("$.user.passwordMustChange").value(true))
                .andExpect(jsonPath("$.temporaryPassword").value(Matchers.matchesPattern("\\w{4}-\\w{4}-\\w{4}")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String temporary = JsonPath.read(answer, "$.temporaryPassword");
        mvc.perform(get("/api/me").with(httpBasic("siti.rahma", temporary)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scopes[0]").value("36.72.01.1002.001.001"));
    }

    @Test
    void someoneWhoMustReplaceATemporaryPasswordStillGetsThePagesFilesButNoPage() throws Exception {
        fixtures.ensureUnit("36.72.01.1002.001.001");
        String answer = createUser("""
                        {"username": "ganti.sandi", "displayName": "Ganti Sandi",
                         "roles": ["RT"], "scopes": ["36.72.01.1002.001.001"]}
                        """)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String temporary = JsonPath.read(answer, "$.temporaryPassword");
        mvc.perform(get("/warga").with(httpBasic("ganti.sandi", temporary)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/saya/kata-sandi"));
        for (String file : new String[] {
            "/css/warga.css",
            "/js/connection.js",
            "/img/icon-192.png",
            "/favicon.svg",
            "/manifest.webmanifest",
            "/sw.js",
            "/offline.html"
        }) {
            mvc.perform(get(file).with(httpBasic("ganti.sandi", temporary))).andExpect(status().isOk());
        }
    }

    @Test
    void replacesRolesAndAreasAndListsByArea() throws Exception {
        String user = fixtures.user("grant", Role.RT, "36.72.01.1002.001.001");
        fixtures.ensureUnit("36.72.01.1002.002");
        mvc.perform(
                        put("/api/users/" + user + "/grant")
                                .with(httpBasic("admin", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"roles\": [\"RW\", \"RT\"], \"scopes\": [\"36.72.01.1002.002\", \"36.72.01.1002.001.001\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", Matchers.contains("RW", "RT")))
                .andExpect(jsonPath("$.scopes", Matchers.contains("36.72.01.1002.001.001", "36.72.01.1002.002")));
        mvc.perform(get("/api/users").param("area", "36.72.01.1002.002").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.users[*].username", Matchers.hasItem(user)))
                .andExpect(jsonPath("$.users[*].username", Matchers.not(Matchers.hasItem("rt"))));
    }

    @Test
    void disablesAndEnablesAnAccount() throws Exception {
        String user = fixtures.user("toggle", Role.CITY);
        mvc.perform(post("/api/users/" + user + "/disable").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/me").with(httpBasic(user, AccessFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/users/" + user + "/enable").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/me").with(httpBasic(user, AccessFixtures.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void createsAUserThroughTheAdminPages() throws Exception {
        MockHttpSession admin = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(post("/admin/pengguna")
                        .session(admin)
                        .with(csrf())
                        .param("username", "lurah.bulakan")
                        .param("displayName", "Lurah Bulakan")
                        .param("roles", "KELURAHAN")
                        .param("scopes", "36.72.01.1003"))
                .andExpect(redirectedUrl("/admin/pengguna/lurah.bulakan"))
                .andExpect(flash().attribute("temporaryPassword", Matchers.notNullValue()));
        mvc.perform(get("/admin/pengguna/lurah.bulakan").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("36.72.01.1003")));
        mvc.perform(get("/admin/pengguna").param("q", "bulakan").session(admin))
                .andExpect(content().string(Matchers.containsString("lurah.bulakan")));
        mvc.perform(post("/admin/pengguna")
                        .session(admin)
                        .with(csrf())
                        .param("username", "lurah.bulakan")
                        .param("displayName", "Lagi")
                        .param("roles", "RT")
                        .param("scopes", "36.72.01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nama pengguna ini sudah dipakai.")))
                .andExpect(content().string(Matchers.containsString("setingkat dengan peran")));
    }

    @Nested
    class Refuses {

        @Test
        void aWeakPasswordNamingTheRule() throws Exception {
            createUser(
                            "{\"username\": \"weak.one\", \"displayName\": \"W\", \"password\": \"weak.one2024\", \"roles\": [\"CITY\"]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_account"))
                    .andExpect(jsonPath("$.violations[0].field").value("password"))
                    .andExpect(jsonPath("$.violations[0].code").value("contains_username"));
        }

        @Test
        void anAreaOfAnotherLevelThanTheRole() throws Exception {
            createUser(
                            "{\"username\": \"level.one\", \"displayName\": \"L\", \"roles\": [\"RT\"], \"scopes\": [\"36.72.01.1002\"]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[*].code", Matchers.hasItems("level", "missing")));
        }

        @Test
        void anUnknownArea() throws Exception {
            createUser(
                            "{\"username\": \"unknown.one\", \"displayName\": \"U\", \"roles\": [\"RT\"], \"scopes\": [\"36.72.01.1002.099.099\"]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("unknown"));
        }

        @Test
        void aTakenOrMalformedUsername() throws Exception {
            createUser("{\"username\": \"rt\", \"displayName\": \"X\", \"roles\": [\"CITY\"]}")
                    .andExpect(jsonPath("$.violations[0].code").value("taken"));
            createUser("{\"username\": \"bad name!\", \"displayName\": \"X\", \"roles\": [\"CITY\"]}")
                    .andExpect(jsonPath("$.violations[0].code").value("pattern"));
        }

        @Test
        void toDisableTheLastAdministrator() throws Exception {
            fixtures.user("admin2", Role.ADMIN);
            // with every other administrator disabled, the last one cannot disable itself
            String all = mvc.perform(get("/api/users")
                            .param("role", "ADMIN")
                            .param("size", "200")
                            .with(httpBasic("admin", "demo")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            java.util.List<String> admins = JsonPath.read(all, "$.users[?(@.enabled == true)].username");
            try {
                for (String name : admins) {
                    if (!name.equals("admin")) {
                        mvc.perform(post("/api/users/" + name + "/disable").with(httpBasic("admin", "demo")));
                    }
                }
                mvc.perform(post("/api/users/admin/disable").with(httpBasic("admin", "demo")))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.error").value("last_administrator"));
            } finally {
                for (String name : admins) {
                    mvc.perform(post("/api/users/" + name + "/enable").with(httpBasic("admin", "demo")));
                }
            }
        }

        @Test
        void anyoneButAnAdministrator() throws Exception {
            mvc.perform(get("/api/users").with(httpBasic("kota", "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("forbidden"));
            assertThat(mvc.perform(get("/admin/pengguna").with(httpBasic("lurah", "demo")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
    }
}
