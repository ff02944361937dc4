package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.population.LabourActivity;
import id.warga.population.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The quota under concurrent awards, in a database of its own with a quota of 3: officers award
 * eight applications at the same moment, each in their own thread and transaction, and exactly
 * three are awarded; the others are told the quota is full.
 */
@SpringBootTest(
        properties = {
            "warga.database.embedded.data-directory=target/test-postgres-scholarship-quota",
            "warga.programmes.scholarship.quota=3"
        })
class ScholarshipQuotaIntegrationTests {

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    Scholarships scholarships;

    @Autowired
    JdbcClient jdbc;

    @Test
    void parallelAwardsNeverExceedTheQuota() throws Exception {
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String nik = fixtures.registry
                    .singleIn(
                            ProgrammeFixtures.KELURAHAN + ".070.001",
                            "MAHASISWA " + (char) ('A' + i),
                            Sex.MALE,
                            LocalDate.now().minusYears(20),
                            LabourActivity.SCHOOL)
                    .head()
                    .nik();
            applications.add(fixtures.as(
                            "kota",
                            () -> scholarships.apply(new NewScholarship(nik, "UNTIRTA", "Teknik Mesin", 1, null)))
                    .id());
        }
        ExecutorService threads = Executors.newFixedThreadPool(applications.size());
        try {
            CyclicBarrier start = new CyclicBarrier(applications.size());
            List<Future<String>> outcomes = new ArrayList<>();
            for (long id : applications) {
                outcomes.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        fixtures.as("kota", () -> scholarships.award(id, null));
                        return "AWARDED";
                    } catch (ProgrammeRuleException e) {
                        return e.rule();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn("AWARDED"::equals).hasSize(3);
            assertThat(results).filteredOn(r -> !r.equals("AWARDED")).containsOnly("SCHOLARSHIP_QUOTA_REACHED");
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from programmes.scholarship where status = 'AWARDED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(scholarships.quota().left()).isZero();
    }
}
