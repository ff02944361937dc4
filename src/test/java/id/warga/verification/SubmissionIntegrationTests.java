package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.PendingChange;
import id.warga.population.PopulationDirectory;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.ResidentDetails;
import id.warga.population.ResidentProfileChanged;
import id.warga.population.ResidentView;
import id.warga.population.RuleViolationsException;
import id.warga.population.StaleVersionException;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import id.warga.verification.SubmissionStep.Action;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The review against the real database: an RT head's change travels RT › RW › kelurahan with a
 * trail and enters the registry (and the statistics) only on approval; officers enter directly.
 */
@SpringBootTest
@RecordApplicationEvents
class SubmissionIntegrationTests {

    static final String RT = "36.72.08.1001.901.001";
    static final String OTHER_RW_RT = "36.72.08.1001.902.001";
    static final String OTHER_KELURAHAN_RT = "36.72.08.1002.901.001";

    @Autowired
    VerificationFixtures fixtures;

    @Autowired
    Submissions submissions;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    ApplicationEvents events;

    VerificationFixtures.Area area;
    HouseholdView family;
    ResidentView wife;

    @BeforeEach
    void area() {
        area = fixtures.area(RT);
        family = fixtures.family(RT);
        wife = fixtures.member(family, "SITI AMINAH");
        events.clear();
    }

    ResidentView now(ResidentView r) {
        return fixtures.as("admin", () -> directory.resident(r.id()));
    }

    @Test
    void anRtHeadsChangeTravelsRtRwKelurahanAndEntersTheRegistryOnlyWhenApproved() {
        Received received = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED));
        assertThat(received.waiting()).isTrue();
        long id = received.pending().submissionId();
        assertThat(received.pending().awaiting()).isEqualTo("RW");
        assertThat(now(wife).labour().activity()).isEqualTo(LabourActivity.LOOKING_FOR_WORK);
        assertThat(events.stream(ResidentProfileChanged.class)).isEmpty();
        assertThat(events.stream(SubmissionSubmitted.class)).hasSize(1);

        SubmissionView verified = fixtures.as(area.rwHead(), () -> submissions.verify(id, null));
        assertThat(verified.submission().status()).isEqualTo(SubmissionStatus.VERIFIED);
        assertThat(verified.submission().awaiting()).isEqualTo(ReviewLevel.KELURAHAN);
        assertThat(now(wife).labour().activity()).isEqualTo(LabourActivity.LOOKING_FOR_WORK);

        SubmissionView approved = fixtures.as(area.lurah(), () -> submissions.approve(id, null));
        assertThat(approved.submission().status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(now(wife).labour().activity()).isEqualTo(LabourActivity.WORKED);
        assertThat(events.stream(ResidentProfileChanged.class))
                .singleElement()
                .satisfies(e -> assertThat(e.after().labourActivity()).isEqualTo(LabourActivity.WORKED));
        assertThat(events.stream(SubmissionVerified.class)).hasSize(1);
        assertThat(events.stream(SubmissionApproved.class)).singleElement().satisfies(e -> {
            assertThat(e.approvedBy()).isEqualTo(area.lurah());
            assertThat(e.direct()).isFalse();
        });
        assertThat(approved.trail())
                .extracting(SubmissionStep::action, SubmissionStep::level, SubmissionStep::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.SUBMITTED, null, area.rtHead()),
                        org.assertj.core.groups.Tuple.tuple(Action.VERIFIED, ReviewLevel.RW, area.rwHead()),
                        org.assertj.core.groups.Tuple.tuple(Action.APPROVED, ReviewLevel.KELURAHAN, area.lurah()));
        assertThat(fixtures.as(area.rtHead(), () -> fixtures.intake.pendingInHousehold(family.id())))
                .isEmpty();
    }

    @Test
    void aChangeSentBackReturnsToTheRtHeadWithTheReasonAndTheirFixRevisesIt() {
        long id = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED))
                .pending()
                .submissionId();
        fixtures.as(area.rwHead(), () -> submissions.reject(id, "Tanggal rujukan bukan minggu lalu", null));

        List<PendingChange> waiting = fixtures.as(area.rtHead(), () -> fixtures.intake.pendingInHousehold(family.id()));
        assertThat(waiting).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(PendingChange.State.REJECTED);
            assertThat(p.reason()).isEqualTo("Tanggal rujukan bukan minggu lalu");
        });
        assertThat(events.stream(SubmissionRejected.class)).hasSize(1);

        Received fixed = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.SCHOOL));
        assertThat(fixed.pending().submissionId())
                .as("the fix revises the same submission")
                .isEqualTo(id);
        SubmissionView view = fixtures.as(area.rwHead(), () -> submissions.get(id));
        assertThat(view.submission().status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(view.submission().revision()).isEqualTo(2);
        assertThat(view.submission().rejectionReason()).isNull();
        assertThat(view.trail())
                .extracting(SubmissionStep::action)
                .containsExactly(Action.SUBMITTED, Action.REJECTED, Action.RESUBMITTED);
        assertThat(view.trail().get(1).reason()).isEqualTo("Tanggal rujukan bukan minggu lalu");
        assertThat(view.command()).isEqualTo(VerificationFixtures.labour(wife, LabourActivity.SCHOOL));
    }

    @Test
    void anOfficersChangeIsAppliedAtOnceAndRecordedAsEnteredDirectly() {
        Received received = fixtures.submit(area.lurah(), VerificationFixtures.labour(wife, LabourActivity.WORKED));
        assertThat(received.waiting()).isFalse();
        assertThat(now(wife).labour().activity()).isEqualTo(LabourActivity.WORKED);
        var decided = fixtures.as(
                area.lurah(), () -> submissions.list(new Submissions.Query(RT, Submissions.Filter.DECIDED, 0, 100)));
        assertThat(decided.items())
                .filteredOn(s -> s.residentId() != null && s.residentId() == wife.id())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.direct()).isTrue();
                    assertThat(s.status()).isEqualTo(SubmissionStatus.APPROVED);
                    assertThat(s.submittedBy()).isEqualTo(area.lurah());
                    assertThat(s.decidedBy()).isEqualTo(area.lurah());
                    assertThat(s.decidedAt()).isNotNull();
                });
        assertThat(events.stream(SubmissionApproved.class))
                .singleElement()
                .satisfies(e -> assertThat(e.direct()).isTrue());
    }

    @Test
    void anRwHeadsOwnChangeWaitsOnlyForTheKelurahan() {
        Received received = fixtures.submit(area.rwHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED));
        assertThat(received.pending().awaiting()).isEqualTo("KELURAHAN");
        long id = received.pending().submissionId();
        assertThat(fixtures.as(area.lurah(), () -> submissions.approve(id, null))
                        .submission()
                        .status())
                .isEqualTo(SubmissionStatus.APPROVED);
    }

    @Test
    void eachReviewerFindsInTheirQueueWhatWaitsForTheirLevel() {
        long id = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED))
                .pending()
                .submissionId();
        assertThat(queue(area.rwHead())).contains(id);
        assertThat(queue(area.lurah())).doesNotContain(id);
        fixtures.as(area.rwHead(), () -> submissions.verify(id, null));
        assertThat(queue(area.rwHead())).doesNotContain(id);
        assertThat(queue(area.lurah())).contains(id);
        assertThat(fixtures.as(area.lurah(), submissions::waitingForMe)).isPositive();
    }

    private List<Long> queue(String user) {
        return fixtures
                .as(user, () -> submissions.list(new Submissions.Query(null, Submissions.Filter.FOR_ME, 0, 100)))
                .items()
                .stream()
                .map(SubmissionSummary::id)
                .toList();
    }

    @Test
    void aRequestSentTwiceUnderOneKeyIsHandedInOnce() {
        UUID key = UUID.randomUUID();
        RegistryCommand command = VerificationFixtures.newborn(family, "PUTRI KEMBAR");
        long first = fixtures.as(area.rtHead(), () -> fixtures.intake.submit(command, key))
                .pending()
                .submissionId();
        long second = fixtures.as(area.rtHead(), () -> fixtures.intake.submit(command, key))
                .pending()
                .submissionId();
        assertThat(second).isEqualTo(first);
        assertThat(fixtures.as(area.rtHead(), () -> fixtures.intake.pendingInHousehold(family.id())))
                .hasSize(1);
    }

    @Test
    void theRtHeadWithdrawsAChangeStillWaiting() {
        long id = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED))
                .pending()
                .submissionId();
        SubmissionView view = fixtures.as(area.rtHead(), () -> submissions.withdraw(id, null));
        assertThat(view.submission().status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(fixtures.as(area.rtHead(), () -> fixtures.intake.pendingInHousehold(family.id())))
                .isEmpty();
        assertThat(events.stream(SubmissionWithdrawn.class)).hasSize(1);
    }

    @Nested
    class Refuses {

        @Test
        void aChangeThatBreaksARuleWhenItIsHandedIn() {
            ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
            assertThatThrownBy(() ->
                            fixtures.submit(area.rtHead(), VerificationFixtures.labour(child, LabourActivity.WORKED)))
                    .isInstanceOfSatisfying(
                            RuleViolationsException.class,
                            e -> assertThat(e.violations())
                                    .extracting(RuleViolation::code)
                                    .contains("LABOUR_UNDER_15"));
            assertThat(fixtures.as(area.rtHead(), () -> fixtures.intake.pendingInHousehold(family.id())))
                    .as("nothing was handed in")
                    .isEmpty();
        }

        @Test
        void aWarningNotConfirmedWhenItIsHandedIn() {
            ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
            ResidentDetails married = new ResidentDetails(
                    child.nik(),
                    child.name(),
                    child.sex(),
                    child.birthPlace(),
                    child.birthDate(),
                    child.religion(),
                    2,
                    child.education(),
                    child.occupation(),
                    child.relation(),
                    child.citizenship(),
                    null);
            assertThatThrownBy(() -> fixtures.submit(
                            area.rtHead(),
                            new RegistryCommand.ChangeResident(child.id(), child.version(), married, Set.of())))
                    .isInstanceOfSatisfying(
                            RuleViolationsException.class,
                            e -> assertThat(e.onlyWarnings()).isTrue());
            Received confirmed = fixtures.submit(
                    area.rtHead(),
                    new RegistryCommand.ChangeResident(
                            child.id(), child.version(), married, Set.of("MARRIED_UNDER_19")));
            assertThat(confirmed.waiting()).isTrue();
        }

        @Test
        void aChangeBasedOnAnOldVersionWhenItIsHandedIn() {
            fixtures.submit(area.lurah(), VerificationFixtures.labour(wife, LabourActivity.HOUSEKEEPING));
            assertThatThrownBy(() ->
                            fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED)))
                    .isInstanceOf(StaleVersionException.class);
        }

        @Test
        void anApprovalOfAChangeWhoseDataMovedOnAsAClearConflictThatChangesNothing() {
            long id = fixtures.verified(area, VerificationFixtures.labour(wife, LabourActivity.WORKED));
            fixtures.submit(area.lurah(), VerificationFixtures.labour(wife, LabourActivity.HOUSEKEEPING));

            Recheck recheck = fixtures.as(area.lurah(), () -> submissions.recheck(id));
            assertThat(recheck.stale()).isTrue();
            assertThat(recheck.currentVersion()).isEqualTo(wife.version() + 1);

            assertThatThrownBy(() -> fixtures.as(area.lurah(), () -> submissions.approve(id, null)))
                    .isInstanceOfSatisfying(
                            IllegalTransitionException.class,
                            e -> assertThat(e.rule()).isEqualTo("SUBMISSION_DATA_CHANGED"));
            assertThat(now(wife).labour().activity()).isEqualTo(LabourActivity.HOUSEKEEPING);
            SubmissionView after = fixtures.as(area.lurah(), () -> submissions.get(id));
            assertThat(after.submission().status()).isEqualTo(SubmissionStatus.VERIFIED);
            assertThat(after.trail()).extracting(SubmissionStep::action).doesNotContain(Action.APPROVED);
            assertThat(after.actions()).contains("approve", "reject");
        }

        @Test
        void anApprovalWhenSomeoneActedSinceTheReviewerOpenedIt() {
            long id = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED))
                    .pending()
                    .submissionId();
            int seen = fixtures.as(area.rwHead(), () -> submissions.get(id))
                    .submission()
                    .version();
            fixtures.as(
                    area.rtHead(),
                    () -> fixtures.intake.submit(VerificationFixtures.labour(wife, LabourActivity.SCHOOL), null));
            assertThatThrownBy(() -> fixtures.as(area.rwHead(), () -> submissions.verify(id, seen)))
                    .isInstanceOfSatisfying(
                            IllegalTransitionException.class,
                            e -> assertThat(e.rule()).isEqualTo("SUBMISSION_CHANGED"));
        }

        @Test
        void reviewsOutsideTheReviewersArea() {
            long id = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED))
                    .pending()
                    .submissionId();
            VerificationFixtures.Area neighbourRw = fixtures.area(OTHER_RW_RT);
            VerificationFixtures.Area otherKelurahan = fixtures.area(OTHER_KELURAHAN_RT);

            assertThatThrownBy(() -> fixtures.as(neighbourRw.rwHead(), () -> submissions.verify(id, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(otherKelurahan.lurah(), () -> submissions.get(id)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(fixtures.as(
                                    otherKelurahan.lurah(),
                                    () -> submissions.list(new Submissions.Query(null, Submissions.Filter.ALL, 0, 100)))
                            .items())
                    .extracting(SubmissionSummary::id)
                    .doesNotContain(id);
            assertThatThrownBy(() -> fixtures.as(
                            neighbourRw.rtHead(),
                            () -> fixtures.intake.submit(
                                    VerificationFixtures.labour(wife, LabourActivity.SCHOOL), null)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(fixtures.as(area.rwHead(), () -> submissions.get(id))
                            .submission()
                            .status())
                    .isEqualTo(SubmissionStatus.SUBMITTED);
        }

        @Test
        void aReviewBySomeoneWhoDoesNotHoldTheAwaitedLevel() {
            long id = fixtures.submit(area.rtHead(), VerificationFixtures.labour(wife, LabourActivity.WORKED))
                    .pending()
                    .submissionId();
            assertThatThrownBy(() -> fixtures.as(area.lurah(), () -> submissions.approve(id, null)))
                    .isInstanceOfSatisfying(
                            IllegalTransitionException.class,
                            e -> assertThat(e.rule()).isEqualTo("SUBMISSION_NEEDS_REVIEW_FIRST"));
            assertThatThrownBy(() -> fixtures.as(area.rtHead(), () -> submissions.verify(id, null)))
                    .isInstanceOfSatisfying(
                            IllegalTransitionException.class,
                            e -> assertThat(e.rule()).isEqualTo("REVIEWER_NOT_AT_LEVEL"));
        }
    }
}
