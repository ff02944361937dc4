package id.warga.verification;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.access.AuditTrail;
import id.warga.access.Role;
import id.warga.access.SignedInUser;
import id.warga.population.Applied;
import id.warga.population.CommandPreview;
import id.warga.population.Listing;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand;
import id.warga.population.RuleViolationsException;
import id.warga.population.StaleVersionException;
import id.warga.region.RegionCode;
import id.warga.region.RegionLevel;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import id.warga.shared.web.RefusedException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of RT heads' changes: lists and single submissions within the acting user's area,
 * and the review actions. Each action locks its submission, lets the aggregate check the rule of
 * the transition, writes the new state and trail step, audits it and publishes the event, in one
 * transaction. Approval applies the change to the registry in that same transaction: when the data
 * moved on since it was handed in, nothing changes and the reviewer is told why.
 */
@Service
public class Submissions {

    public static final int MAX_PAGE_SIZE = 100;

    private final SubmissionRepository repository;
    private final JdbcClient jdbc;
    private final PopulationRegistry registry;
    private final PopulationDirectory directory;
    private final CommandPreview preview;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VerificationSettings settings;

    Submissions(
            SubmissionRepository repository,
            JdbcClient jdbc,
            PopulationRegistry registry,
            PopulationDirectory directory,
            CommandPreview preview,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            VerificationSettings settings) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.registry = registry;
        this.directory = directory;
        this.preview = preview;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
    }

    /** Which submissions a list shows. */
    public enum Filter {
        /** waiting for a review the acting user gives (their queue) */
        FOR_ME,
        /** waiting for any review */
        WAITING,
        /** sent back to the RT head */
        RETURNED,
        /** approved, entered directly, or withdrawn */
        DECIDED,
        ALL
    }

    /** A page of submissions in an area (default: the user's whole area), newest first (a queue: oldest first). */
    public record Query(String area, Filter filter, int page, int size) {}

    // ---- reading

    @Transactional(readOnly = true)
    public Listing<SubmissionSummary> list(Query query) {
        if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new RuleViolationsException(List.of(RuleViolation.error("SIZE_RANGE", "size", MAX_PAGE_SIZE)));
        }
        if (query.page() < 0 || (long) query.page() * query.size() > 10_000) {
            throw new RuleViolationsException(List.of(RuleViolation.error("PAGE_RANGE", "page")));
        }
        AreaScope scope = access.currentScope();
        Filter filter = query.filter() == null ? Filter.ALL : query.filter();
        StringBuilder where = new StringBuilder(SubmissionRepository.inScope("s.rt_code"));
        Map<String, Object> params = new TreeMap<>();
        if (query.area() != null && !query.area().isBlank()) {
            RegionCode area = RegionCode.tryParse(query.area().strip())
                    .orElseThrow(() -> new RuleViolationsException(
                            List.of(RuleViolation.error("REGION_INVALID", "area", query.area()))));
            where.append(" and (s.rt_code = :area or s.rt_code like :inside)");
            params.put("area", area.value());
            params.put("inside", area.value() + ".%");
        }
        switch (filter) {
            case FOR_ME ->
                where.append(" and s.status in ")
                        .append(SubmissionRepository.WAITING)
                        .append(" and ")
                        .append(myQueue(params));
            case WAITING -> where.append(" and s.status in ").append(SubmissionRepository.WAITING);
            case RETURNED -> where.append(" and s.status = 'REJECTED'");
            case DECIDED -> where.append(" and s.status in ('APPROVED', 'WITHDRAWN')");
            case ALL -> {}
        }
        String order = filter == Filter.FOR_ME || filter == Filter.WAITING ? "s.submitted_at, s.id" : "s.id desc";
        JdbcClient.StatementSpec select = SubmissionRepository.bindScope(
                jdbc.sql("select " + SubmissionRepository.COLUMNS + " from verification.submission s where " + where
                        + " order by " + order + " limit :size offset :offset"),
                scope);
        JdbcClient.StatementSpec count = SubmissionRepository.bindScope(
                jdbc.sql("select count(*) from verification.submission s where " + where), scope);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            select = select.param(p.getKey(), p.getValue());
            count = count.param(p.getKey(), p.getValue());
        }
        List<SubmissionSummary> items = select
                .param("size", query.size())
                .param("offset", query.page() * query.size())
                .query(repository::map)
                .list()
                .stream()
                .map(this::summary)
                .toList();
        return new Listing<>(items, count.query(Long.class).single(), true);
    }

    /** How many submissions wait for a review the acting user gives. */
    @Transactional(readOnly = true)
    public long waitingForMe() {
        Map<String, Object> params = new TreeMap<>();
        String queue = myQueue(params);
        JdbcClient.StatementSpec count = SubmissionRepository.bindScope(
                jdbc.sql("select count(*) from verification.submission s where s.status in "
                        + SubmissionRepository.WAITING + " and " + SubmissionRepository.inScope("s.rt_code") + " and "
                        + queue),
                access.currentScope());
        for (Map.Entry<String, Object> p : params.entrySet()) {
            count = count.param(p.getKey(), p.getValue());
        }
        return count.query(Long.class).single();
    }

    /** One submission with its trail and the change beside the registry's data; the read is audited. */
    @Transactional(readOnly = true)
    public SubmissionView get(long id) {
        Submission s = repository
                .find(id, access.currentScope())
                .orElseThrow(() -> new NotFoundException("error.submission.not-found", id));
        audit.recordRead("submission", String.valueOf(id), RegionCode.of(s.rtCode()));
        return view(s);
    }

    /**
     * What approving the submission would meet now: a changed record, or rules broken today. Runs
     * the registry's dry run outside any transaction of ours, so a failed check leaves nothing behind.
     */
    public Recheck recheck(long id) {
        Submission s = repository
                .find(id, access.currentScope())
                .orElseThrow(() -> new NotFoundException("error.submission.not-found", id));
        if (!s.status().open()) {
            return Recheck.clean();
        }
        try {
            RegistryCommand command = s.command();
            List<RuleViolation> blocking = registry.check(command).stream()
                    .filter(v -> v.isError() || !command.confirmedWarnings().contains(v.code()))
                    .toList();
            return new Recheck(false, null, null, null, blocking);
        } catch (StaleVersionException e) {
            return new Recheck(true, e.recordType(), e.expectedVersion(), e.currentVersion(), List.of());
        } catch (NotFoundException e) {
            return new Recheck(true, null, null, null, List.of());
        }
    }

    // ---- review actions

    /** A reviewer below the last level verifies; {@code version}, if given, must be the one they saw. */
    @Transactional
    public SubmissionView verify(long id, Integer version) {
        return act(id, version, (s, actor) -> s.verify(actor, settings.now()));
    }

    /** The last level approves: the change enters the registry now, or nothing changes. */
    @Transactional
    public SubmissionView approve(long id, Integer version) {
        return act(id, version, (s, actor) -> s.approve(actor, settings.now(), command -> apply(s, command)));
    }

    /** A reviewer sends the submission back to the RT head with the reason. */
    @Transactional
    public SubmissionView reject(long id, String reason, Integer version) {
        return act(id, version, (s, actor) -> s.reject(actor, settings.now(), reason));
    }

    /** The RT head takes back a submission not yet approved. */
    @Transactional
    public SubmissionView withdraw(long id, Integer version) {
        return act(id, version, (s, actor) -> s.withdraw(actor, settings.now()));
    }

    private SubmissionView act(long id, Integer version, Action action) {
        Submission s = repository
                .lock(id, access.currentScope())
                .orElseThrow(() -> new NotFoundException("error.submission.not-found", id));
        if (version != null && version != s.version() && s.status().open()) {
            throw new IllegalTransitionException(Kind.CONFLICT, "SUBMISSION_CHANGED", id);
        }
        SubmissionStatus before = s.status();
        action.on(s, actor(s.rtCode()));
        repository.update(s);
        audit.recordChange(
                "submission",
                String.valueOf(id),
                RegionCode.of(s.rtCode()),
                Map.of("status", before.name()),
                Map.of("status", s.status().name()));
        s.events().forEach(events::publishEvent);
        return view(repository.find(id, AreaScope.everything()).orElseThrow());
    }

    private Applied apply(Submission s, RegistryCommand command) {
        UUID key = UUID.nameUUIDFromBytes(
                ("warga:submission:" + s.id() + ":" + s.revision()).getBytes(StandardCharsets.UTF_8));
        try {
            return registry.apply(command, key);
        } catch (StaleVersionException e) {
            throw new IllegalTransitionException(
                    Kind.CONFLICT,
                    "SUBMISSION_DATA_CHANGED",
                    Labels.of("verification.record." + e.recordType()),
                    e.expectedVersion(),
                    e.currentVersion());
        } catch (RuleViolationsException e) {
            throw new IllegalTransitionException(Kind.CONFLICT, "SUBMISSION_BREAKS_RULES", e.violations());
        } catch (NotFoundException e) {
            throw new IllegalTransitionException(Kind.CONFLICT, "SUBMISSION_RECORD_GONE");
        }
    }

    @FunctionalInterface
    private interface Action {
        void on(Submission submission, Reviewer actor);
    }

    // ---- who acts

    /** The acting user as a reviewer of the RT: the review levels they hold over it, and whether they head it. */
    Reviewer actor(String rtCode) {
        SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("sign in"));
        RegionCode rt = RegionCode.of(rtCode);
        Set<ReviewLevel> levels = EnumSet.noneOf(ReviewLevel.class);
        boolean rtHead = false;
        for (String code : user.scopeCodes()) {
            RegionCode area = RegionCode.tryParse(code).orElse(null);
            if (area == null || !area.contains(rt)) {
                continue;
            }
            for (ReviewLevel level : ReviewLevel.values()) {
                if (user.has(level.role()) && area.level() == level.regionLevel()) {
                    levels.add(level);
                }
            }
            if (user.has(Role.RT) && area.level() == RegionLevel.RT) {
                rtHead = true;
            }
        }
        return new Reviewer(user.username(), levels, rtHead);
    }

    /**
     * The review levels a change by the acting user in the RT goes through: the configured levels
     * above the highest the user holds there. Empty for officers of the kelurahan and above (and
     * the city's offices), whose changes are entered directly.
     */
    List<ReviewLevel> levelsFor(String rtCode) {
        SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (user.cityWide()) {
            return List.of();
        }
        RegionCode rt = RegionCode.of(rtCode);
        int own = -1;
        for (String code : user.scopeCodes()) {
            RegionCode area = RegionCode.tryParse(code).orElse(null);
            if (area != null && area.contains(rt)) {
                own = Math.max(own, rank(area.level()));
            }
        }
        if (own >= rank(RegionLevel.KELURAHAN)) {
            return List.of();
        }
        int from = own;
        return settings.reviewLevels().stream()
                .filter(level -> rank(level.regionLevel()) > from)
                .toList();
    }

    private static int rank(RegionLevel level) {
        return switch (level) {
            case RT -> 0;
            case RW -> 1;
            case KELURAHAN -> 2;
            case KECAMATAN -> 3;
            default -> 4;
        };
    }

    /** The filter of the user's review queue: waiting at a level they hold, inside the area they hold it for. */
    private String myQueue(Map<String, Object> params) {
        SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("sign in"));
        List<String> clauses = new ArrayList<>();
        int i = 0;
        for (String code : new LinkedHashSet<>(user.scopeCodes())) {
            RegionCode area = RegionCode.tryParse(code).orElse(null);
            if (area == null) {
                continue;
            }
            for (ReviewLevel level : ReviewLevel.values()) {
                if (user.has(level.role()) && area.level() == level.regionLevel()) {
                    clauses.add("(s.review_levels[s.reviews_done + 1] = :queueLevel" + i
                            + " and s.rt_code like :queueArea" + i + " and s.submitted_by <> :queueUser)");
                    params.put("queueLevel" + i, level.name());
                    params.put("queueArea" + i, area.value() + ".%");
                    i++;
                }
            }
        }
        params.put("queueUser", user.username());
        return clauses.isEmpty() ? "false" : "(" + String.join(" or ", clauses) + ")";
    }

    // ---- views

    SubmissionSummary summary(Submission s) {
        return new SubmissionSummary(
                s.id(),
                s.type(),
                s.status(),
                s.awaiting(),
                s.rtCode(),
                directory.placeName(s.rtCode()),
                s.householdId() != null ? s.householdId() : s.appliedHouseholdId(),
                s.residentId() != null ? s.residentId() : s.appliedResidentId(),
                s.subjectName(),
                s.direct(),
                s.revision(),
                s.submittedBy(),
                s.submittedAt(),
                s.decidedBy(),
                s.decidedAt(),
                s.rejectionReason(),
                s.version());
    }

    private SubmissionView view(Submission s) {
        Reviewer actor = actor(s.rtCode());
        Set<String> actions = new LinkedHashSet<>();
        boolean submitter = actor.username().equals(s.submittedBy());
        if (s.status().open() && !submitter) {
            ReviewLevel awaiting = s.awaiting();
            boolean last = s.levels().indexOf(awaiting) == s.levels().size() - 1;
            if (actor.holds(awaiting)) {
                actions.add(last ? "approve" : "verify");
            }
            if (s.levels().subList(s.reviewsDone(), s.levels().size()).stream().anyMatch(actor::holds)) {
                actions.add("reject");
            }
        }
        if (!s.status().closed() && (actor.rtHead() || submitter)) {
            actions.add("withdraw");
            if (s.status() == SubmissionStatus.REJECTED) {
                actions.add("fix");
            }
        }
        return new SubmissionView(
                summary(s), s.levels(), repository.steps(s.id()), preview.lines(s.command()), s.command(), actions);
    }
}
