package id.warga.verification;

import id.warga.population.Applied;
import id.warga.population.RegistryCommand;
import id.warga.shared.web.RefusedException.Kind;
import id.warga.verification.SubmissionStep.Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A change to the registry that waits for review: the aggregate of the validation workflow. Each
 * transition checks its precondition (naming the rule it breaks in an
 * {@link IllegalTransitionException}), records who acted, when and why as a step of the trail,
 * and yields its event. The command is applied to the registry only by {@link #approve}, whole or
 * not at all.
 */
final class Submission {

    static final int REASON_MAX = 500;

    private Long id;
    private final String type;
    private RegistryCommand command;
    private final String subjectKey;
    private final String rtCode;
    private final Long householdId;
    private final Long residentId;
    private final String subjectName;
    private SubmissionStatus status;
    private final List<ReviewLevel> levels = new ArrayList<>();
    private int reviewsDone;
    private final boolean direct;
    private int revision;
    private final String submittedBy;
    private final Instant firstSubmittedAt;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String rejectionReason;
    private Long appliedHouseholdId;
    private Long appliedResidentId;
    private final int version;
    private final List<SubmissionStep> newSteps = new ArrayList<>();

    Submission(
            Long id,
            RegistryCommand command,
            String subjectKey,
            String rtCode,
            Long householdId,
            Long residentId,
            String subjectName,
            SubmissionStatus status,
            List<ReviewLevel> levels,
            int reviewsDone,
            boolean direct,
            int revision,
            String submittedBy,
            Instant firstSubmittedAt,
            Instant submittedAt,
            String decidedBy,
            Instant decidedAt,
            String rejectionReason,
            Long appliedHouseholdId,
            Long appliedResidentId,
            int version) {
        this.id = id;
        this.type = command.type();
        this.command = command;
        this.subjectKey = subjectKey;
        this.rtCode = rtCode;
        this.householdId = householdId;
        this.residentId = residentId;
        this.subjectName = subjectName;
        this.status = status;
        this.levels.addAll(levels);
        this.reviewsDone = reviewsDone;
        this.direct = direct;
        this.revision = revision;
        this.submittedBy = submittedBy;
        this.firstSubmittedAt = firstSubmittedAt;
        this.submittedAt = submittedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.rejectionReason = rejectionReason;
        this.appliedHouseholdId = appliedHouseholdId;
        this.appliedResidentId = appliedResidentId;
        this.version = version;
    }

    /** What a new submission is about, as resolved when it is handed in. */
    record Subject(String key, String rtCode, Long householdId, Long residentId, String name) {}

    /** An RT head hands in a change; it waits for the first of {@code levels}. */
    static Submission submit(
            RegistryCommand command, Subject subject, List<ReviewLevel> levels, String by, Instant at) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a submission needs a review level; enter the change directly");
        }
        Submission s = new Submission(
                null,
                command,
                subject.key(),
                subject.rtCode(),
                subject.householdId(),
                subject.residentId(),
                subject.name(),
                SubmissionStatus.SUBMITTED,
                levels,
                0,
                false,
                1,
                by,
                at,
                at,
                null,
                null,
                null,
                null,
                null,
                0);
        s.newSteps.add(new SubmissionStep(1, Action.SUBMITTED, null, by, at, null));
        return s;
    }

    /** An officer entered a change that was applied at once: born approved, recorded as entered directly. */
    static Submission enteredDirectly(
            RegistryCommand command, Subject subject, Applied applied, String by, Instant at) {
        Submission s = new Submission(
                null,
                command,
                subject.key(),
                subject.rtCode(),
                subject.householdId(),
                subject.residentId(),
                subject.name(),
                SubmissionStatus.APPROVED,
                List.of(),
                0,
                true,
                1,
                by,
                at,
                at,
                by,
                at,
                null,
                applied.householdId(),
                applied.residentId(),
                0);
        s.newSteps.add(new SubmissionStep(1, Action.ENTERED, null, by, at, null));
        return s;
    }

    /** The level whose review the submission waits for; null once decided. */
    ReviewLevel awaiting() {
        return status.open() ? levels.get(reviewsDone) : null;
    }

    /** A reviewer below the last level verifies: the submission moves up to the next level. */
    void verify(Reviewer reviewer, Instant at) {
        requireOpen();
        ReviewLevel level = awaiting();
        if (isLast(level)) {
            throw new IllegalTransitionException(Kind.CONFLICT, "SUBMISSION_AWAITS_APPROVAL", label(level));
        }
        requireReviewerAt(reviewer, level);
        reviewsDone++;
        status = SubmissionStatus.VERIFIED;
        newSteps.add(new SubmissionStep(revision, Action.VERIFIED, level, reviewer.username(), at, null));
    }

    /**
     * The reviewer of the last level approves: the command is applied to the registry by
     * {@code registry} (which re-checks the version and the rules and throws if the data moved
     * on; nothing is then changed), and the submission is closed as approved.
     */
    void approve(Reviewer reviewer, Instant at, Function<RegistryCommand, Applied> registry) {
        requireOpen();
        ReviewLevel level = awaiting();
        if (!isLast(level)) {
            throw new IllegalTransitionException(Kind.CONFLICT, "SUBMISSION_NEEDS_REVIEW_FIRST", label(level));
        }
        requireReviewerAt(reviewer, level);
        Applied applied = registry.apply(command);
        reviewsDone++;
        status = SubmissionStatus.APPROVED;
        decidedBy = reviewer.username();
        decidedAt = at;
        appliedHouseholdId = applied.householdId();
        appliedResidentId = applied.residentId();
        newSteps.add(new SubmissionStep(revision, Action.APPROVED, level, reviewer.username(), at, null));
    }

    /** A reviewer at the awaited level or above sends the submission back to the RT head, saying why. */
    void reject(Reviewer reviewer, Instant at, String reason) {
        requireOpen();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalTransitionException(Kind.INVALID, "REJECTION_REASON_REQUIRED");
        }
        if (why.length() > REASON_MAX) {
            throw new IllegalTransitionException(Kind.INVALID, "REJECTION_REASON_TOO_LONG", REASON_MAX);
        }
        ReviewLevel level = levels.subList(reviewsDone, levels.size()).stream()
                .filter(reviewer::holds)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalTransitionException(Kind.FORBIDDEN, "REVIEWER_NOT_AT_LEVEL", label(awaiting())));
        requireNotSubmitter(reviewer);
        status = SubmissionStatus.REJECTED;
        decidedBy = reviewer.username();
        decidedAt = at;
        rejectionReason = why;
        newSteps.add(new SubmissionStep(revision, Action.REJECTED, level, reviewer.username(), at, why));
    }

    /**
     * The RT head hands in the change again, fixed ({@code command}): after a rejection, or to
     * revise one still waiting. Reviews start over from the first of {@code newLevels}.
     */
    void resubmit(Reviewer actor, Instant at, RegistryCommand fixed, List<ReviewLevel> newLevels) {
        if (status.closed()) {
            throw closed();
        }
        requireRtHeadOrSubmitter(actor);
        if (!fixed.type().equals(type)) {
            throw new IllegalTransitionException(Kind.INVALID, "SUBMISSION_TYPE_CHANGED", type, fixed.type());
        }
        if (newLevels.isEmpty()) {
            throw new IllegalArgumentException("a submission needs a review level");
        }
        command = fixed;
        revision++;
        reviewsDone = 0;
        levels.clear();
        levels.addAll(newLevels);
        status = SubmissionStatus.SUBMITTED;
        submittedAt = at;
        decidedBy = null;
        decidedAt = null;
        rejectionReason = null;
        newSteps.add(new SubmissionStep(revision, Action.RESUBMITTED, null, actor.username(), at, null));
    }

    /** The RT head takes the submission back before it is approved. */
    void withdraw(Reviewer actor, Instant at) {
        if (status.closed()) {
            throw closed();
        }
        requireRtHeadOrSubmitter(actor);
        status = SubmissionStatus.WITHDRAWN;
        decidedBy = actor.username();
        decidedAt = at;
        newSteps.add(new SubmissionStep(revision, Action.WITHDRAWN, null, actor.username(), at, null));
    }

    /** The events of the steps taken since the submission was loaded, in order. */
    List<Object> events() {
        List<Object> events = new ArrayList<>();
        for (SubmissionStep step : newSteps) {
            events.add(
                    switch (step.action()) {
                        case SUBMITTED, RESUBMITTED ->
                            new SubmissionSubmitted(
                                    id, rtCode, type, step.actor(), step.revision(), levels.get(0), step.at());
                        case VERIFIED ->
                            new SubmissionVerified(
                                    id,
                                    rtCode,
                                    step.level(),
                                    step.actor(),
                                    levels.get(levels.indexOf(step.level()) + 1),
                                    step.at());
                        case APPROVED, ENTERED ->
                            new SubmissionApproved(
                                    id,
                                    rtCode,
                                    type,
                                    step.actor(),
                                    direct,
                                    appliedHouseholdId,
                                    appliedResidentId,
                                    step.at());
                        case REJECTED ->
                            new SubmissionRejected(id, rtCode, step.level(), step.actor(), step.reason(), step.at());
                        case WITHDRAWN -> new SubmissionWithdrawn(id, rtCode, step.actor(), step.at());
                    });
        }
        return events;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new IllegalTransitionException(
                    Kind.CONFLICT,
                    "SUBMISSION_ALREADY_DECIDED",
                    id,
                    Labels.of("verification.status." + status),
                    String.valueOf(decidedBy));
        }
    }

    private IllegalTransitionException closed() {
        return new IllegalTransitionException(
                Kind.CONFLICT,
                "SUBMISSION_CLOSED",
                id,
                Labels.of("verification.status." + status),
                String.valueOf(decidedBy));
    }

    private void requireReviewerAt(Reviewer reviewer, ReviewLevel level) {
        if (!reviewer.holds(level)) {
            throw new IllegalTransitionException(Kind.FORBIDDEN, "REVIEWER_NOT_AT_LEVEL", label(level));
        }
        requireNotSubmitter(reviewer);
    }

    private void requireNotSubmitter(Reviewer reviewer) {
        if (reviewer.username().equals(submittedBy)) {
            throw new IllegalTransitionException(Kind.FORBIDDEN, "REVIEWER_IS_SUBMITTER");
        }
    }

    private void requireRtHeadOrSubmitter(Reviewer actor) {
        if (!actor.rtHead() && !actor.username().equals(submittedBy)) {
            throw new IllegalTransitionException(Kind.FORBIDDEN, "NOT_THE_SUBMITTER");
        }
    }

    private boolean isLast(ReviewLevel level) {
        return levels.indexOf(level) == levels.size() - 1;
    }

    private static Object label(ReviewLevel level) {
        return Labels.of("verification.level." + level);
    }

    Long id() {
        return id;
    }

    void identify(long id) {
        if (this.id != null) {
            throw new IllegalStateException("submission " + this.id + " already has an id");
        }
        this.id = id;
    }

    String type() {
        return type;
    }

    RegistryCommand command() {
        return command;
    }

    String subjectKey() {
        return subjectKey;
    }

    String rtCode() {
        return rtCode;
    }

    Long householdId() {
        return householdId;
    }

    Long residentId() {
        return residentId;
    }

    String subjectName() {
        return subjectName;
    }

    SubmissionStatus status() {
        return status;
    }

    List<ReviewLevel> levels() {
        return List.copyOf(levels);
    }

    int reviewsDone() {
        return reviewsDone;
    }

    boolean direct() {
        return direct;
    }

    int revision() {
        return revision;
    }

    String submittedBy() {
        return submittedBy;
    }

    Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    Long appliedHouseholdId() {
        return appliedHouseholdId;
    }

    Long appliedResidentId() {
        return appliedResidentId;
    }

    int version() {
        return version;
    }

    List<SubmissionStep> newSteps() {
        return List.copyOf(newSteps);
    }
}
