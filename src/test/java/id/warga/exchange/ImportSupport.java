package id.warga.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Starts imports as a demo account and waits for them, and counts what a kelurahan holds. */
final class ImportSupport {

    final Imports imports;
    final ImportJobs jobs;
    final JdbcClient jdbc;

    ImportSupport(Imports imports, ImportJobs jobs, JdbcClient jdbc) {
        this.imports = imports;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportSupport.class.getResourceAsStream("/exchange/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    UUID start(String name, byte[] content, String kelurahan, ImportMode mode, boolean createUnits) {
        return as("admin", () -> {
            try {
                return imports.start(
                        name, content.length, new ByteArrayInputStream(content), kelurahan, mode, createUnits);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Waits until the job stops running (done, rejected, waiting for confirmation…). */
    ImportJob await(UUID id) {
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            ImportJob job = jobs.find(id).orElseThrow();
            if (!job.status().running()) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish in time");
    }

    ImportJob run(String name, byte[] content, String kelurahan, ImportMode mode) {
        ImportJob job = await(start(name, content, kelurahan, mode, true));
        assertThat(job.status()).as("import of " + name + " " + job.failure()).isNotEqualTo(ImportStatus.FAILED);
        return job;
    }

    int households(String kelurahan) {
        return jdbc.sql("select count(*) from population.household where rt_code like ?")
                .param(kelurahan + ".%")
                .query(Integer.class)
                .single();
    }

    int residents(String kelurahan) {
        return jdbc.sql("select count(*) from population.resident where rt_code like ?")
                .param(kelurahan + ".%")
                .query(Integer.class)
                .single();
    }

    int residences(String kelurahan) {
        return jdbc.sql("select count(*) from population.residence where rt_code like ? and valid_to is null")
                .param(kelurahan + ".%")
                .query(Integer.class)
                .single();
    }

    java.util.List<ImportProblems.ReportedProblem> problems(UUID job) {
        return as(
                "admin",
                () -> imports.find(job, java.util.Locale.ENGLISH).errors().stream()
                        .map(e -> new ImportProblems.ReportedProblem(
                                e.sheet(),
                                e.row(),
                                e.column(),
                                e.value(),
                                e.code(),
                                e.severity(),
                                e.message(),
                                e.message()))
                        .toList());
    }
}
