package id.warga.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.warga.access.internal.AuditEntries;
import id.warga.region.RegionCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Measures, never asserts: the cost of an audit entry to its caller, writing and sealing, the
 * chain check, and signing API calls in with Basic (bcrypt) or a token. Not part of the build:
 * {@code ./mvnw test -Dtest=AccessBenchmarks}; figures go to docs/benchmarks.md.
 */
@SpringBootTest(properties = "warga.database.embedded.data-directory=target/test-postgres-benchmark")
@AutoConfigureMockMvc
class AccessBenchmarks {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditEntries entries;

    @Autowired
    MockMvc mvc;

    @Test
    void auditTrail() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "rt", null, AuthorityUtils.createAuthorityList("ROLE_RT")));
        RegionCode rt = RegionCode.of("36.72.01.1002.001.001");
        int n = 200_000;
        for (int i = 0; i < 20_000; i++) {
            audit.recordRead("resident", "warmup", rt);
        }
        audit.flush();
        long burstStart = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
            audit.recordRead("resident", "burst", rt);
        }
        System.out.printf(
                "BENCHMARK audit: a burst of 20000 recordRead calls (within the queue), %.2f µs per call%n",
                (System.nanoTime() - burstStart) / 1000.0 / 20_000);
        audit.flush();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            audit.recordRead("resident", Integer.toString(i), rt);
        }
        long recorded = System.nanoTime();
        audit.flush();
        long flushed = System.nanoTime();
        var report = entries.check();
        long checked = System.nanoTime();
        System.out.printf(
                "BENCHMARK audit: %d recordRead calls in a row (faster than the writer), %.2f µs per call; written and sealed in %.1f s"
                        + " (%.0f entries/s); chain check of %d entries %.1f s (intact %s)%n",
                n,
                (recorded - start) / 1000.0 / n,
                (flushed - recorded) / 1e9,
                n / ((flushed - recorded) / 1e9),
                report.checked(),
                (checked - flushed) / 1e9,
                report.intact());
        SecurityContextHolder.clearContext();
    }

    @Test
    void apiSignIn() throws Exception {
        String token = JsonPath.read(
                mvc.perform(post("/api/me/tokens")
                                .with(httpBasic("rt", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\": \"benchmark\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.token");
        for (String way : List.of("basic", "token", "basic", "token")) {
            int n = 200;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (way.equals("basic")) {
                    mvc.perform(get("/api/me").with(httpBasic("rt", "demo")));
                } else {
                    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token));
                }
            }
            System.out.printf(
                    "BENCHMARK GET /api/me with %s: %.2f ms per request (%d requests)%n",
                    way, (System.nanoTime() - start) / 1e6 / n, n);
        }
    }
}
