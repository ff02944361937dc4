package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.access.AccessControl;
import id.warga.population.PopulationDirectory;
import id.warga.population.RegistryFixtures;
import id.warga.population.RegistryIntake;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo city's review queue: the demo RT head's changed labour answers wait for the RW head,
 * one verified waits for the lurah, and one was sent back with its reason.
 */
@SpringBootTest
class DemoSubmissionsIntegrationTests {

    @Autowired
    VerificationFixtures fixtures;

    @Autowired
    RegistryIntake intake;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    Submissions submissions;

    @Autowired
    AccessControl access;

    SubmissionSummary summary(long id) {
        return fixtures.as("admin", () -> submissions.get(id)).submission();
    }

    @Test
    void theDemoRtHeadsChangesWaitAtEachStepOfTheReview() {
        String rt = fixtures.registry.rt(RegistryFixtures.RT_OF_RT_USER);
        List<Long> households = List.of(
                fixtures.registry.familyIn(rt).id(),
                fixtures.registry.familyIn(rt).id());

        List<Long> made = new DemoSubmissions(intake, directory, submissions, access).write(households);

        assertThat(made).hasSize(4);
        assertThat(made)
                .extracting(id -> summary(id).status())
                .containsExactly(
                        SubmissionStatus.SUBMITTED,
                        SubmissionStatus.VERIFIED,
                        SubmissionStatus.REJECTED,
                        SubmissionStatus.SUBMITTED);
        assertThat(made).extracting(id -> summary(id).submittedBy()).containsOnly("rt");
        assertThat(fixtures.as("admin", () -> submissions.get(made.get(2))).trail())
                .extracting(SubmissionStep::reason)
                .contains(DemoSubmissions.RETURN_REASON);
        assertThat(summary(made.get(1)).awaiting()).isEqualTo(ReviewLevel.KELURAHAN);
    }
}
