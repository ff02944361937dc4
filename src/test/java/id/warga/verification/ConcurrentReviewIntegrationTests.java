package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.access.Role;
import id.warga.population.HouseholdView;
import id.warga.population.PopulationDirectory;
import id.warga.population.ResidentView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two reviewers acting on one submission at the same moment, each in a thread of their own with
 * their own transaction against the real database: exactly one wins, the other is told clearly
 * that someone decided first, and the registry changes once.
 */
@SpringBootTest
class ConcurrentReviewIntegrationTests {

    static final String RT = "36.72.08.1002.905.001";

    @Autowired
    VerificationFixtures fixtures;

    @Autowired
    Submissions submissions;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    VerificationFixtures.Area area;
    ExecutorService threads;

    @BeforeEach
    void start() {
        area = fixtures.area(RT);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void twoLurahsApprovingTheSameSubmissionAtOnceApplyItOnce() throws Exception {
        String secondLurah = fixtures.accounts.user("lurah", Role.KELURAHAN, area.kelurahan());
        for (int round = 0; round < 5; round++) {
            HouseholdView family = fixtures.family(RT);
            long id = fixtures.verified(area, VerificationFixtures.newborn(family, "BAYI SERENTAK"));
            int seen = fixtures.as(area.lurah(), () -> submissions.get(id))
                    .submission()
                    .version();

            List<Object> outcomes = race(
                    () -> fixtures.as(area.lurah(), () -> submissions.approve(id, seen)),
                    () -> fixtures.as(secondLurah, () -> submissions.approve(id, seen)));

            assertThat(outcomes).filteredOn(o -> o instanceof SubmissionView).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> o instanceof IllegalTransitionException)
                    .singleElement()
                    .satisfies(o -> {
                        IllegalTransitionException e = (IllegalTransitionException) o;
                        assertThat(e.rule()).isEqualTo("SUBMISSION_ALREADY_DECIDED");
                        assertThat(e.kind()).isEqualTo(IllegalTransitionException.Kind.CONFLICT);
                    });
            List<ResidentView> members =
                    fixtures.as("admin", () -> directory.household(family.id())).members();
            assertThat(members)
                    .filteredOn(m -> m.name().equals("BAYI SERENTAK"))
                    .hasSize(1);
            assertThat(jdbc.sql(
                                    "select count(*) from verification.submission_step where submission_id = ? and action = 'APPROVED'")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void anApprovalAndARejectionAtOnceLeaveOneDecision() throws Exception {
        HouseholdView family = fixtures.family(RT);
        long id = fixtures.verified(area, VerificationFixtures.newborn(family, "BAYI RAGU"));

        List<Object> outcomes = race(
                () -> fixtures.as(area.lurah(), () -> submissions.approve(id, null)),
                () -> fixtures.as(area.lurah(), () -> submissions.reject(id, "Belum ada akta kelahiran", null)));

        assertThat(outcomes).filteredOn(o -> o instanceof SubmissionView).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o instanceof IllegalTransitionException)
                .hasSize(1);
        SubmissionView winner = (SubmissionView) outcomes.stream()
                .filter(o -> o instanceof SubmissionView)
                .findFirst()
                .orElseThrow();
        long born = fixtures.as("admin", () -> directory.household(family.id())).members().stream()
                .filter(m -> m.name().equals("BAYI RAGU"))
                .count();
        assertThat(born).isEqualTo(winner.submission().status() == SubmissionStatus.APPROVED ? 1 : 0);
    }

    /** Runs both steps at once (released together by a barrier) and answers what each returned or threw. */
    private List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> step : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return step.call();
                } catch (IllegalTransitionException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
