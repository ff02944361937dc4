package id.warga.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server dies in the middle of an import: the batch being written is lost whole, the batches
 * before it stay whole, no household is half-written; after the restart the job shows as
 * interrupted and resuming it finishes the import without duplicating anyone.
 */
@SpringBootTest
class InterruptedImportIntegrationTests {

    static final String KELURAHAN = "36.72.07.1006";

    @Autowired
    Imports imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportWorker worker;

    @Autowired
    JdbcClient jdbc;

    ImportSupport support;

    @BeforeEach
    void setUp() {
        support = new ImportSupport(imports, jobs, jdbc);
    }

    @AfterEach
    void reset() {
        worker.batchWritten = (job, batch) -> {};
    }

    /** What a killed JVM does to the import thread: it stops where it is, nothing of it runs on. */
    static final class Killed extends Error {
        Killed() {
            super("server killed", null, false, false);
        }
    }

    @Test
    void leavesOnlyWholeHouseholdsWhenKilledMidImportAndResumesToTheEnd() {
        OpenSidFile file = new OpenSidFile(21);
        for (int h = 0; h < 24; h++) {
            file.household("1", String.valueOf(1 + h % 3), 3 + h % 3);
        }
        int rows = file.rows.size();
        // the third batch is written (COPY done) and the server dies before it commits
        worker.batchWritten = (job, batch) -> {
            if (batch == 3) {
                throw new Killed();
            }
        };
        UUID id = support.start("besar.csv", ImportSupport.utf8(file.csv()), KELURAHAN, ImportMode.VALID_ROWS, true);
        ImportJob dying = awaitStuck(id);
        assertThat(dying.status()).isEqualTo(ImportStatus.IMPORTING);

        // what the next start of the server finds
        worker.batchWritten = (job, batch) -> {};
        worker.recoverInterrupted();
        ImportJob interrupted = jobs.find(id).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(interrupted.filePath()).as("the file waits for the resume").isNotNull();

        Map<String, Integer> expected =
                file.rows.stream().collect(Collectors.groupingBy(r -> r.get("no_kk"), Collectors.summingInt(r -> 1)));
        Map<String, Integer> written = membersByKk();
        assertThat(written).isNotEmpty();
        assertThat(written.size()).as("the killed batch left nothing").isLessThan(expected.size());
        written.forEach((kk, members) ->
                assertThat(members).as("household " + kk + " is whole").isEqualTo(expected.get(kk)));
        assertThat(residencesWithoutResident()).isZero();

        support.as("admin", () -> {
            imports.resume(id);
            return null;
        });
        ImportJob done = support.await(id);

        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.rowsRejected()).isZero();
        assertThat(done.rowsImported() + done.rowsUnchanged()).isEqualTo(rows);
        assertThat(membersByKk()).isEqualTo(expected);
        assertThat(support.residents(KELURAHAN)).isEqualTo(rows);
        assertThat(support.residences(KELURAHAN)).isEqualTo(rows);
        assertThat(done.filePath()).isNull();
    }

    private ImportJob awaitStuck(UUID id) {
        long until = System.currentTimeMillis() + 60_000;
        ImportJob job = jobs.find(id).orElseThrow();
        int same = 0;
        int lastRead = -1;
        while (System.currentTimeMillis() < until) {
            job = jobs.find(id).orElseThrow();
            if ("WRITE".equals(job.phase()) && job.rowsRead() == lastRead) {
                if (++same > 20) {
                    return job;
                }
            } else {
                same = 0;
            }
            lastRead = job.rowsRead();
            sleep();
        }
        return job;
    }

    private Map<String, Integer> membersByKk() {
        List<Map.Entry<String, Integer>> rows = jdbc.sql("""
                        select h.kk_number, count(r.id)::int from population.household h
                        left join population.resident r on r.household_id = h.id
                        where h.rt_code like ? group by h.kk_number""")
                .param(KELURAHAN + ".%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private int residencesWithoutResident() {
        return jdbc.sql("""
                        select count(*) from population.resident r where r.rt_code like ?
                        and not exists (select 1 from population.residence s where s.resident_id = r.id and s.valid_to is null)""").param(KELURAHAN + ".%").query(Integer.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
