package id.warga.analytics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The analytics tests share one application on a database of their own, holding a small demo
 * city (so city-wide figures can be compared with a rebuild) and the hand-built fixtures.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "warga.database.embedded.data-directory=target/test-postgres-analytics",
            "warga.analytics.hotspot-minimum-labour-force=5"
        })
@AutoConfigureMockMvc
public @interface AnalyticsIntegrationTest {}
