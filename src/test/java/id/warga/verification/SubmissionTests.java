package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.population.Applied;
import id.warga.population.LabourActivity;
import id.warga.population.LabourAnswer;
import id.warga.population.RegistryCommand;
import id.warga.shared.web.RefusedException.Kind;
import id.warga.verification.SubmissionStep.Action;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every transition of a submission, legal and illegal, on the aggregate alone. */
class SubmissionTests {

    static final Instant T0 = Instant.parse("2025-06-02T02:00:00Z");
    static final List<ReviewLevel> TWO_LEVELS = List.of(ReviewLevel.RW, ReviewLevel.KELURAHAN);
    static final String RT = "36.72.08.1001.901.001";

    final Reviewer rtHead = new Reviewer("rt.a", Set.of(), true);
    final Reviewer rwHead = new Reviewer("rw.a", Set.of(ReviewLevel.RW), false);
    final Reviewer lurah = new Reviewer("lurah.a", Set.of(ReviewLevel.KELURAHAN), false);
    final Reviewer camat = new Reviewer("camat.a", Set.of(ReviewLevel.KECAMATAN), false);
    final List<RegistryCommand> applied = new ArrayList<>();
    final Function<RegistryCommand, Applied> registry = command -> {
        applied.add(command);
        return new Applied(command.type(), 10L, 20L, false);
    };

    static RegistryCommand labour(LabourActivity activity) {
        return new RegistryCommand.AnswerLabourBlock(
                20L, 3, new LabourAnswer(activity, LocalDate.of(2025, 6, 1), null, null, null), Set.of());
    }

    static Submission submitted(List<ReviewLevel> levels) {
        Submission s = Submission.submit(
                labour(LabourActivity.WORKED),
                new Submission.Subject("AnswerLabourBlock:r20", RT, 10L, 20L, "SITI AMINAH"),
                levels,
                "rt.a",
                T0);
        s.identify(1);
        return s;
    }

    static Instant later(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void aNewSubmissionWaitsForTheFirstLevelAndSaysSo() {
        Submission s = submitted(TWO_LEVELS);
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.awaiting()).isEqualTo(ReviewLevel.RW);
        assertThat(s.newSteps()).extracting(SubmissionStep::action).containsExactly(Action.SUBMITTED);
        assertThat(s.events())
                .singleElement()
                .isEqualTo(new SubmissionSubmitted(1, RT, "AnswerLabourBlock", "rt.a", 1, ReviewLevel.RW, T0));
    }

    @Test
    void theRwVerifiesThenTheKelurahanApprovesAndOnlyThenTheRegistryChanges() {
        Submission s = submitted(TWO_LEVELS);
        s.verify(rwHead, later(5));
        assertThat(s.status()).isEqualTo(SubmissionStatus.VERIFIED);
        assertThat(s.awaiting()).isEqualTo(ReviewLevel.KELURAHAN);
        assertThat(applied).isEmpty();

        s.approve(lurah, later(60), registry);
        assertThat(s.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(s.awaiting()).isNull();
        assertThat(applied).containsExactly(labour(LabourActivity.WORKED));
        assertThat(s.decidedBy()).isEqualTo("lurah.a");
        assertThat(s.appliedResidentId()).isEqualTo(20L);
        assertThat(s.events())
                .containsExactly(
                        new SubmissionSubmitted(1, RT, "AnswerLabourBlock", "rt.a", 1, ReviewLevel.RW, T0),
                        new SubmissionVerified(1, RT, ReviewLevel.RW, "rw.a", ReviewLevel.KELURAHAN, later(5)),
                        new SubmissionApproved(1, RT, "AnswerLabourBlock", "lurah.a", false, 10L, 20L, later(60)));
    }

    @Test
    void withOneReviewLevelTheFirstReviewerApproves() {
        Submission s = submitted(List.of(ReviewLevel.KELURAHAN));
        s.approve(lurah, later(1), registry);
        assertThat(s.status()).isEqualTo(SubmissionStatus.APPROVED);
    }

    @Test
    void withThreeLevelsTheKelurahanVerifiesAndTheKecamatanApproves() {
        Submission s = submitted(List.of(ReviewLevel.RW, ReviewLevel.KELURAHAN, ReviewLevel.KECAMATAN));
        s.verify(rwHead, later(1));
        s.verify(lurah, later(2));
        assertThat(s.awaiting()).isEqualTo(ReviewLevel.KECAMATAN);
        s.approve(camat, later(3), registry);
        assertThat(s.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(applied).hasSize(1);
    }

    @Test
    void aReviewerSendsItBackWithTheReasonAndTheRtHeadResubmitsTheFix() {
        Submission s = submitted(TWO_LEVELS);
        s.verify(rwHead, later(1));
        s.reject(lurah, later(2), "  Tanggal rujukan salah  ");
        assertThat(s.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(s.rejectionReason()).isEqualTo("Tanggal rujukan salah");
        assertThat(s.newSteps()).last().extracting(SubmissionStep::level).isEqualTo(ReviewLevel.KELURAHAN);

        s.resubmit(rtHead, later(30), labour(LabourActivity.SCHOOL), TWO_LEVELS);
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.revision()).isEqualTo(2);
        assertThat(s.reviewsDone()).isZero();
        assertThat(s.awaiting()).isEqualTo(ReviewLevel.RW);
        assertThat(s.rejectionReason()).isNull();
        assertThat(s.command()).isEqualTo(labour(LabourActivity.SCHOOL));
        assertThat(s.events())
                .last()
                .isEqualTo(new SubmissionSubmitted(1, RT, "AnswerLabourBlock", "rt.a", 2, ReviewLevel.RW, later(30)));
    }

    @Test
    void aHigherLevelMaySendBackWhatWaitsForALowerOne() {
        Submission s = submitted(TWO_LEVELS);
        s.reject(lurah, later(1), "KK ini sudah pindah");
        assertThat(s.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(s.events())
                .last()
                .isEqualTo(new SubmissionRejected(
                        1, RT, ReviewLevel.KELURAHAN, "lurah.a", "KK ini sudah pindah", later(1)));
    }

    @Test
    void theRtHeadRevisesAChangeStillWaitingAndReviewsStartOver() {
        Submission s = submitted(TWO_LEVELS);
        s.verify(rwHead, later(1));
        s.resubmit(rtHead, later(2), labour(LabourActivity.HOUSEKEEPING), TWO_LEVELS);
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.awaiting()).isEqualTo(ReviewLevel.RW);
        assertThat(s.revision()).isEqualTo(2);
    }

    @Test
    void theRtHeadWithdrawsBeforeApproval() {
        Submission s = submitted(TWO_LEVELS);
        s.withdraw(rtHead, later(1));
        assertThat(s.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(s.events()).last().isEqualTo(new SubmissionWithdrawn(1, RT, "rt.a", later(1)));
    }

    @Test
    void anOfficersChangeIsBornApprovedAndRecordedAsEnteredDirectly() {
        Submission s = Submission.enteredDirectly(
                labour(LabourActivity.WORKED),
                new Submission.Subject("AnswerLabourBlock:r20", RT, 10L, 20L, "SITI AMINAH"),
                new Applied("AnswerLabourBlock", 10L, 20L, false),
                "lurah.a",
                T0);
        s.identify(7);
        assertThat(s.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(s.direct()).isTrue();
        assertThat(s.decidedBy()).isEqualTo("lurah.a");
        assertThat(s.newSteps()).extracting(SubmissionStep::action).containsExactly(Action.ENTERED);
        assertThat(s.events())
                .singleElement()
                .isEqualTo(new SubmissionApproved(7, RT, "AnswerLabourBlock", "lurah.a", true, 10L, 20L, T0));
    }

    @Nested
    class IllegalTransitions {

        void refused(Runnable step, Kind kind, String rule) {
            assertThatThrownBy(step::run).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                assertThat(e.rule()).isEqualTo(rule);
                assertThat(e.kind()).isEqualTo(kind);
            });
        }

        @Test
        void approvingBeforeTheRwVerified() {
            Submission s = submitted(TWO_LEVELS);
            refused(() -> s.approve(lurah, later(1), registry), Kind.CONFLICT, "SUBMISSION_NEEDS_REVIEW_FIRST");
            assertThat(applied).isEmpty();
            assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        }

        @Test
        void verifyingAtTheLastLevel() {
            Submission s = submitted(TWO_LEVELS);
            s.verify(rwHead, later(1));
            refused(() -> s.verify(lurah, later(2)), Kind.CONFLICT, "SUBMISSION_AWAITS_APPROVAL");
        }

        @Test
        void verifyingWithoutHoldingTheAwaitedLevel() {
            Submission s = submitted(TWO_LEVELS);
            refused(() -> s.verify(lurah, later(1)), Kind.FORBIDDEN, "REVIEWER_NOT_AT_LEVEL");
            refused(() -> s.verify(rtHead, later(1)), Kind.FORBIDDEN, "REVIEWER_NOT_AT_LEVEL");
        }

        @Test
        void approvingWithoutHoldingTheLastLevel() {
            Submission s = submitted(TWO_LEVELS);
            s.verify(rwHead, later(1));
            refused(() -> s.approve(rwHead, later(2), registry), Kind.FORBIDDEN, "REVIEWER_NOT_AT_LEVEL");
            assertThat(applied).isEmpty();
        }

        @Test
        void reviewingOnesOwnSubmission() {
            Submission s = submitted(TWO_LEVELS);
            Reviewer sameAsSubmitter = new Reviewer("rt.a", Set.of(ReviewLevel.RW), true);
            refused(() -> s.verify(sameAsSubmitter, later(1)), Kind.FORBIDDEN, "REVIEWER_IS_SUBMITTER");
            refused(() -> s.reject(sameAsSubmitter, later(1), "x"), Kind.FORBIDDEN, "REVIEWER_IS_SUBMITTER");
        }

        @Test
        void rejectingWithoutAReason() {
            Submission s = submitted(TWO_LEVELS);
            refused(() -> s.reject(rwHead, later(1), "   "), Kind.INVALID, "REJECTION_REASON_REQUIRED");
            refused(() -> s.reject(rwHead, later(1), null), Kind.INVALID, "REJECTION_REASON_REQUIRED");
            refused(() -> s.reject(rwHead, later(1), "x".repeat(501)), Kind.INVALID, "REJECTION_REASON_TOO_LONG");
            assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        }

        @Test
        void rejectingWhenNoneOfTheRemainingLevelsIsHeld() {
            Submission s = submitted(TWO_LEVELS);
            s.verify(rwHead, later(1));
            refused(() -> s.reject(rwHead, later(2), "salah"), Kind.FORBIDDEN, "REVIEWER_NOT_AT_LEVEL");
        }

        @Test
        void anyReviewOfADecidedSubmission() {
            Submission approved = submitted(List.of(ReviewLevel.KELURAHAN));
            approved.approve(lurah, later(1), registry);
            refused(() -> approved.approve(lurah, later(2), registry), Kind.CONFLICT, "SUBMISSION_ALREADY_DECIDED");
            refused(() -> approved.verify(rwHead, later(2)), Kind.CONFLICT, "SUBMISSION_ALREADY_DECIDED");
            refused(() -> approved.reject(lurah, later(2), "x"), Kind.CONFLICT, "SUBMISSION_ALREADY_DECIDED");
            assertThat(applied).hasSize(1);

            Submission rejected = submitted(TWO_LEVELS);
            rejected.reject(rwHead, later(1), "salah");
            refused(() -> rejected.verify(rwHead, later(2)), Kind.CONFLICT, "SUBMISSION_ALREADY_DECIDED");
            refused(() -> rejected.approve(lurah, later(2), registry), Kind.CONFLICT, "SUBMISSION_ALREADY_DECIDED");
        }

        @Test
        void resubmittingOrWithdrawingWhatIsClosed() {
            Submission approved = submitted(List.of(ReviewLevel.KELURAHAN));
            approved.approve(lurah, later(1), registry);
            refused(
                    () -> approved.resubmit(rtHead, later(2), labour(LabourActivity.SCHOOL), TWO_LEVELS),
                    Kind.CONFLICT,
                    "SUBMISSION_CLOSED");
            refused(() -> approved.withdraw(rtHead, later(2)), Kind.CONFLICT, "SUBMISSION_CLOSED");

            Submission withdrawn = submitted(TWO_LEVELS);
            withdrawn.withdraw(rtHead, later(1));
            refused(() -> withdrawn.withdraw(rtHead, later(2)), Kind.CONFLICT, "SUBMISSION_CLOSED");
            refused(() -> withdrawn.verify(rwHead, later(2)), Kind.CONFLICT, "SUBMISSION_ALREADY_DECIDED");
        }

        @Test
        void resubmittingOrWithdrawingSomeoneElsesSubmission() {
            Submission s = submitted(TWO_LEVELS);
            s.reject(rwHead, later(1), "salah");
            refused(
                    () -> s.resubmit(lurah, later(2), labour(LabourActivity.SCHOOL), TWO_LEVELS),
                    Kind.FORBIDDEN,
                    "NOT_THE_SUBMITTER");
            refused(() -> s.withdraw(rwHead, later(2)), Kind.FORBIDDEN, "NOT_THE_SUBMITTER");
        }

        @Test
        void resubmittingAnotherKindOfChange() {
            Submission s = submitted(TWO_LEVELS);
            s.reject(rwHead, later(1), "salah");
            refused(
                    () -> s.resubmit(
                            rtHead, later(2), new RegistryCommand.ConfirmWarning(20L, "MARRIED_UNDER_19"), TWO_LEVELS),
                    Kind.INVALID,
                    "SUBMISSION_TYPE_CHANGED");
        }

        @Test
        void anApprovalTheRegistryRefusesLeavesTheSubmissionWaiting() {
            Submission s = submitted(List.of(ReviewLevel.KELURAHAN));
            assertThatThrownBy(() -> s.approve(lurah, later(1), command -> {
                        throw new IllegalTransitionException(Kind.CONFLICT, "SUBMISSION_DATA_CHANGED");
                    }))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
            assertThat(s.newSteps()).extracting(SubmissionStep::action).containsExactly(Action.SUBMITTED);
        }
    }
}
