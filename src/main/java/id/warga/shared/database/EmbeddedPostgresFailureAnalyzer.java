package id.warga.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded database start into a short explanation instead of a stack trace. */
public class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), """
                Run Warga as an ordinary (non-root) user, or point it at an existing PostgreSQL:
                    ./mvnw spring-boot:run -Dspring-boot.run.arguments="--spring.datasource.url=jdbc:postgresql://host:5432/warga \
                --spring.datasource.username=warga --spring.datasource.password=..."
                Jalankan Warga sebagai pengguna biasa (bukan root), atau arahkan ke PostgreSQL yang sudah ada
                dengan spring.datasource.url.""", cause);
    }
}
