package id.warga.verification;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.access.AuditTrail;
import id.warga.population.Applied;
import id.warga.population.CommandPreview;
import id.warga.population.CommandSubject;
import id.warga.population.PendingChange;
import id.warga.population.PopulationRegistry;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryIntake;
import id.warga.population.RuleViolationsException;
import id.warga.region.RegionCode;
import id.warga.shared.rules.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's intake with review: an RT head's change is checked now (the registry's dry run,
 * so errors and unconfirmed warnings answer at once) and kept as a {@link Submission} that waits
 * for the review levels; a fix of a change sent back (or still waiting) revises it. Officers of
 * the kelurahan and above enter changes directly: applied at once and recorded as a submission
 * born approved, with who and when.
 */
@Component
@Primary
class ReviewedIntake implements RegistryIntake {

    private final SubmissionRepository repository;
    private final Submissions submissions;
    private final PopulationRegistry registry;
    private final CommandPreview preview;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VerificationSettings settings;

    ReviewedIntake(
            SubmissionRepository repository,
            Submissions submissions,
            PopulationRegistry registry,
            CommandPreview preview,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            VerificationSettings settings) {
        this.repository = repository;
        this.submissions = submissions;
        this.registry = registry;
        this.preview = preview;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
    }

    @Override
    @Transactional
    public Received submit(RegistryCommand command, UUID key) {
        UUID requestKey = key == null ? UUID.randomUUID() : key;
        if (!repository.claim(requestKey)) {
            return resent(requestKey, command);
        }
        CommandSubject subject;
        try {
            subject = preview.subject(command);
        } catch (RuleViolationsException e) {
            // the change names no RT it could be reviewed in: every problem at once, as the registry finds them
            List<RuleViolation> errors = registry.check(command).stream()
                    .filter(RuleViolation::isError)
                    .toList();
            throw errors.isEmpty() ? e : new RuleViolationsException(errors);
        }
        List<ReviewLevel> levels = submissions.levelsFor(subject.rtCode());
        String user = access.currentUsername().orElseThrow();
        Instant now = settings.now();
        Submission.Subject about = new Submission.Subject(
                SubjectKeys.of(command, subject),
                subject.rtCode(),
                subject.householdId(),
                subject.residentId(),
                subject.name());
        if (levels.isEmpty()) {
            Applied applied = registry.apply(command, requestKey);
            if (applied.replayed()) {
                return Received.applied(applied);
            }
            Submission entered = Submission.enteredDirectly(command, about, applied, user, now);
            repository.insert(entered);
            repository.bindKey(requestKey, entered.id());
            entered.events().forEach(events::publishEvent);
            return Received.applied(applied);
        }
        Set<String> confirmed = command.confirmedWarnings() == null ? Set.of() : command.confirmedWarnings();
        List<RuleViolation> blocking = registry.check(command).stream()
                .filter(v -> v.isError() || !confirmed.contains(v.code()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new RuleViolationsException(blocking);
        }
        Reviewer actor = submissions.actor(subject.rtCode());
        Optional<Submission> unfinished = repository.lockUnfinished(about.key(), subject.rtCode());
        Submission submission;
        if (unfinished.isPresent()
                && (actor.rtHead() || unfinished.get().submittedBy().equals(user))) {
            submission = unfinished.get();
            SubmissionStatus before = submission.status();
            submission.resubmit(actor, now, command, levels);
            repository.update(submission);
            audit.recordChange(
                    "submission",
                    String.valueOf(submission.id()),
                    RegionCode.of(submission.rtCode()),
                    Map.of("status", before.name()),
                    Map.of("status", submission.status().name(), "revision", submission.revision()));
        } else {
            submission = Submission.submit(command, about, levels, user, now);
            repository.insert(submission);
            audit.recordChange(
                    "submission",
                    String.valueOf(submission.id()),
                    RegionCode.of(submission.rtCode()),
                    null,
                    Map.of("status", submission.status().name(), "type", submission.type()));
        }
        repository.bindKey(requestKey, submission.id());
        submission.events().forEach(events::publishEvent);
        return Received.waiting(pending(submission));
    }

    /** A request sent again under a key already used: the same answer, nothing new. */
    private Received resent(UUID key, RegistryCommand command) {
        Submission earlier = repository
                .submissionOfKey(key)
                .flatMap(id -> repository.find(id, access.currentScope()))
                .orElse(null);
        if (earlier == null || !earlier.type().equals(command.type())) {
            throw new RuleViolationsException(
                    List.of(RuleViolation.error("COMMAND_KEY_REUSED", "key", key.toString())));
        }
        if (earlier.status() == SubmissionStatus.APPROVED) {
            return Received.applied(
                    new Applied(earlier.type(), earlier.appliedHouseholdId(), earlier.appliedResidentId(), true));
        }
        return Received.waiting(pending(earlier));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingChange> pendingInHousehold(long householdId) {
        return repository.unfinished("household_id", householdId, access.currentScope()).stream()
                .map(ReviewedIntake::pending)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingChange> pendingInRt(String rtCode) {
        return repository.unfinished("rt_code", rtCode, access.currentScope()).stream()
                .map(ReviewedIntake::pending)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PendingChange> pending(long submissionId) {
        AreaScope scope = access.currentScope();
        return repository
                .find(submissionId, scope)
                .filter(s -> !s.status().closed())
                .map(ReviewedIntake::pending);
    }

    static PendingChange pending(Submission s) {
        ReviewLevel awaiting = s.awaiting();
        return new PendingChange(
                s.id(),
                s.status() == SubmissionStatus.REJECTED ? PendingChange.State.REJECTED : PendingChange.State.WAITING,
                awaiting == null ? null : awaiting.name(),
                s.rtCode(),
                s.householdId(),
                s.residentId(),
                s.subjectName(),
                s.submittedBy(),
                s.submittedAt(),
                s.command(),
                s.rejectionReason());
    }
}
