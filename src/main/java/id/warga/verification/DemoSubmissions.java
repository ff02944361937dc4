package id.warga.verification;

import id.warga.access.AccessControl;
import id.warga.demo.DemoCityGenerated;
import id.warga.population.LabourActivity;
import id.warga.population.LabourAnswer;
import id.warga.population.LabourStatus;
import id.warga.population.PopulationDirectory;
import id.warga.population.Received;
import id.warga.population.RegistryCommand.AnswerLabourBlock;
import id.warga.population.RegistryIntake;
import id.warga.population.ResidentView;
import id.warga.population.RuleViolationsException;
import id.warga.shared.rules.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile, once the demo city is generated: the demo RT head (account
 * {@code rt}) hands in four labour answers that changed, so the review has something to show.
 * The RW head (account {@code rw}) has verified one, which waits for the lurah, and sent one
 * back with a reason; two wait for the RW head.
 */
@Component
@Profile("demo")
class DemoSubmissions {

    static final String RT = "36.72.01.1002.001.001";
    static final String RETURN_REASON = "Mohon dicek lagi: menurut keluarganya ia masih kuliah, belum bekerja.";

    private static final Logger log = LoggerFactory.getLogger(DemoSubmissions.class);

    private final RegistryIntake intake;
    private final PopulationDirectory directory;
    private final Submissions submissions;
    private final AccessControl access;

    DemoSubmissions(
            RegistryIntake intake, PopulationDirectory directory, Submissions submissions, AccessControl access) {
        this.intake = intake;
        this.directory = directory;
        this.submissions = submissions;
        this.access = access;
    }

    @EventListener
    void on(DemoCityGenerated generated) {
        try {
            List<Long> households = new ArrayList<>();
            access.runAs(
                    "rt",
                    () -> directory
                            .households(new PopulationDirectory.HouseholdQuery(RT, null, 0, 20))
                            .items()
                            .forEach(h -> households.add(h.id())));
            List<Long> made = write(households);
            log.info("Demo submissions: {} changes of the demo RT waiting for review or sent back", made.size());
        } catch (RuntimeException e) {
            log.warn("Demo submissions could not be written", e);
        }
    }

    /**
     * Hands in up to four changed labour answers of these households' members as the RT head,
     * then verifies the second and sends back the third as the RW head. Answers the submissions' ids.
     */
    List<Long> write(List<Long> households) {
        List<Long> made = new ArrayList<>();
        access.runAs("rt", () -> {
            for (ResidentView adult : adults(households)) {
                if (made.size() == 4) {
                    break;
                }
                LabourActivity now = adult.labour().status() == LabourStatus.UNEMPLOYED
                        ? LabourActivity.WORKED
                        : LabourActivity.LOOKING_FOR_WORK;
                LabourAnswer answer = new LabourAnswer(now, java.time.LocalDate.now(), null, null, null);
                Set<String> confirmed = Set.of();
                for (int attempt = 0; attempt < 2; attempt++) {
                    try {
                        Received received = intake.submit(
                                new AnswerLabourBlock(adult.id(), adult.version(), answer, confirmed),
                                UUID.randomUUID());
                        if (received.waiting()) {
                            made.add(received.pending().submissionId());
                        }
                        break;
                    } catch (RuleViolationsException e) {
                        if (!e.onlyWarnings()) {
                            break;
                        }
                        // the RT head confirms the warnings, as the page asks them to
                        confirmed = e.unconfirmedWarnings().stream()
                                .map(RuleViolation::code)
                                .collect(java.util.stream.Collectors.toSet());
                    } catch (RuntimeException e) {
                        log.debug("Demo submission for resident {} not handed in", adult.id(), e);
                        break;
                    }
                }
            }
        });
        access.runAs("rw", () -> {
            if (made.size() > 1) {
                submissions.verify(made.get(1), null);
            }
            if (made.size() > 2) {
                submissions.reject(made.get(2), RETURN_REASON, null);
            }
        });
        return made;
    }

    /** Members aged 15+ with a labour answer, household by household, unemployed first. */
    private List<ResidentView> adults(List<Long> households) {
        List<ResidentView> unemployed = new ArrayList<>();
        List<ResidentView> others = new ArrayList<>();
        for (long household : households) {
            for (ResidentView member : directory.household(household).members()) {
                if (member.age() < 15 || !member.labour().answered()) {
                    continue;
                }
                (member.labour().status() == LabourStatus.UNEMPLOYED ? unemployed : others).add(member);
            }
        }
        unemployed.addAll(others);
        return unemployed;
    }
}
