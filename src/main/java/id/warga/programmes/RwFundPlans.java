package id.warga.programmes;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.access.AuditTrail;
import id.warga.access.Role;
import id.warga.access.SignedInUser;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import id.warga.shared.web.RefusedException.Kind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RW environment fund: plans within the acting user's area, the workflow's actions, and the
 * reports on approved plans. Each action locks its plan, checks the version the user saw (409 when
 * someone acted first), lets the plan check its rule, writes state, steps and audit in one
 * transaction. Plans outside the user's area are answered as absent.
 */
@Service
public class RwFundPlans {

    public static final int LIST_LIMIT = 1000;

    private final RwFundRepository repository;
    private final AccessControl access;
    private final AuditTrail audit;
    private final RegionDirectory regions;
    private final ProgrammeSettings settings;

    RwFundPlans(
            RwFundRepository repository,
            AccessControl access,
            AuditTrail audit,
            RegionDirectory regions,
            ProgrammeSettings settings) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.regions = regions;
        this.settings = settings;
    }

    // ---- reading

    /** Plans in the user's area: of a year (default all), a state (default all), inside an area (default all of theirs). */
    @Transactional(readOnly = true)
    public List<PlanSummary> list(Integer year, PlanStatus status, String area) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new TreeMap<>();
        if (year != null) {
            where.append(" and p.year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" and p.status = :status");
            params.put("status", status.name());
        }
        if (area != null && !area.isBlank()) {
            RegionCode code = RegionCode.tryParse(area.strip())
                    .orElseThrow(() -> ProgrammeRuleException.invalid(
                            List.of(RuleViolation.error("REGION_INVALID", "area", area))));
            where.append(" and (p.rw_code = :area or p.rw_code like :inside)");
            params.put("area", code.value());
            params.put("inside", code.value() + ".%");
        }
        Map<String, String> places = new HashMap<>();
        return repository.summaries(where.toString(), access.currentScope(), params, LIST_LIMIT).stream()
                .map(row -> row.named(places.computeIfAbsent(row.rwCode(), this::place)))
                .toList();
    }

    /** One plan in full with what the user may do with it. */
    @Transactional(readOnly = true)
    public PlanView get(long id) {
        RwFundPlan plan = repository.find(id, access.currentScope()).orElseThrow(() -> notFound(id));
        return view(plan);
    }

    /**
     * The review step the acting user may take on a listed plan straight from the list: "verify"
     * (kelurahan, kecamatan), "approve" (the city), or empty. Returning needs a reason: on the plan.
     */
    public Optional<String> reviewStep(PlanSummary plan) {
        FundActor actor = actor(RegionCode.of(plan.rwCode()));
        return switch (plan.status()) {
            case SUBMITTED -> actor.kelurahan() ? Optional.of("verify") : Optional.empty();
            case VERIFIED_KELURAHAN -> actor.kecamatan() ? Optional.of("verify") : Optional.empty();
            case VERIFIED_KECAMATAN -> actor.city() ? Optional.of("approve") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The RWs the acting user heads (as role RW), for their own page. */
    public List<RegionCode> myRws() {
        SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!user.has(Role.RW)) {
            return List.of();
        }
        return user.scopeCodes().stream()
                .map(code -> RegionCode.tryParse(code).orElse(null))
                .filter(code -> code != null && code.level() == RegionLevel.RW)
                .toList();
    }

    /** The RW's plan of the year, if made and in the user's area. */
    @Transactional(readOnly = true)
    public Optional<PlanView> of(RegionCode rw, int year) {
        return repository
                .idOf(rw.value(), year)
                .flatMap(id -> repository.find(id, access.currentScope()))
                .map(this::view);
    }

    /** "RW 001 · Kedaleman" */
    public String place(String rwCode) {
        RegionCode rw = RegionCode.tryParse(rwCode).orElse(null);
        if (rw == null) {
            return rwCode;
        }
        String unit = regions.find(rw).map(Region::label).orElse(String.format("RW %03d", rw.localNumber()));
        String kelurahan = rw.parent().flatMap(regions::find).map(Region::name).orElse("");
        return kelurahan.isEmpty() ? unit : unit + " · " + kelurahan;
    }

    /** The fund of a year for everyone: every RW of the city with its plan's figures, by kelurahan. */
    @Transactional(readOnly = true)
    public FundFigures openFigures(int year) {
        RegionCode city = RegionCode.of(settings.city());
        Map<String, PlanSummary.Row> plans = new HashMap<>();
        repository
                .summaries("p.year = :year", AreaScope.everything(), Map.of("year", year), 100_000)
                .forEach(row -> plans.put(row.rwCode(), row));
        Map<String, List<Region>> rwsByKelurahan = new HashMap<>();
        for (Region rw : regions.descendants(city, "rw")) {
            rwsByKelurahan
                    .computeIfAbsent(rw.parentCode().value(), k -> new ArrayList<>())
                    .add(rw);
        }
        Map<String, String> kecamatanNames = new HashMap<>();
        regions.descendants(city, "kecamatan")
                .forEach(k -> kecamatanNames.put(k.code().value(), k.name()));
        List<FundFigures.Kelurahan> rows = new ArrayList<>();
        Rupiah allocation = Rupiah.ZERO, approved = Rupiah.ZERO, spent = Rupiah.ZERO;
        int rwCount = 0, approvedCount = 0;
        for (Region kelurahan : regions.descendants(city, "kelurahan")) {
            List<FundFigures.Rw> rws = new ArrayList<>();
            Rupiah kAllocation = Rupiah.ZERO, kApproved = Rupiah.ZERO, kSpent = Rupiah.ZERO;
            long weighted = 0;
            int kApprovedPlans = 0;
            for (Region rw : rwsByKelurahan.getOrDefault(kelurahan.code().value(), List.of())) {
                PlanSummary.Row plan = plans.get(rw.code().value());
                Rupiah rwAllocation = plan == null ? settings.rwFund().allocation() : Rupiah.of(plan.allocation());
                boolean isApproved = plan != null && plan.status() == PlanStatus.APPROVED;
                Rupiah rwApproved = isApproved ? Rupiah.of(plan.budgeted()) : Rupiah.ZERO;
                Rupiah rwSpent = isApproved ? Rupiah.of(plan.spent()) : Rupiah.ZERO;
                int progress = isApproved ? plan.progress() : 0;
                rws.add(new FundFigures.Rw(
                        rw.code().value(),
                        rw.label(),
                        plan == null ? null : plan.status(),
                        rwAllocation,
                        rwApproved,
                        rwSpent,
                        progress));
                kAllocation = kAllocation.plus(rwAllocation);
                kApproved = kApproved.plus(rwApproved);
                kSpent = kSpent.plus(rwSpent);
                weighted += rwApproved.amount() * progress;
                kApprovedPlans += isApproved ? 1 : 0;
            }
            rows.add(new FundFigures.Kelurahan(
                    kelurahan.code().value(),
                    kelurahan.name(),
                    kecamatanNames.getOrDefault(kelurahan.parentCode().value(), ""),
                    kAllocation,
                    kApproved,
                    kSpent,
                    kApprovedPlans,
                    RwFundRepository.progress(weighted, kApproved.amount()),
                    List.copyOf(rws)));
            allocation = allocation.plus(kAllocation);
            approved = approved.plus(kApproved);
            spent = spent.plus(kSpent);
            rwCount += rws.size();
            approvedCount += kApprovedPlans;
        }
        return new FundFigures(year, allocation, approved, spent, rwCount, approvedCount, List.copyOf(rows));
    }

    // ---- the workflow

    /** The RW head starts the year's plan (empty, a draft); one plan per RW and year. */
    @Transactional
    public PlanView start(String rwCode, int year) {
        return view(
                repository.find(create(rwCode, year), AreaScope.everything()).orElseThrow());
    }

    /** The RW head starts the year's plan with its activities: all of it, or nothing when a rule is broken. */
    @Transactional
    public PlanView start(String rwCode, int year, List<PlannedActivity> activities) {
        long id = create(rwCode, year);
        return act(id, null, (plan, actor) -> plan.plan(activities, actor));
    }

    private long create(String rwCode, int year) {
        RegionCode rw = RegionCode.tryParse(rwCode == null ? "" : rwCode.strip())
                .filter(code -> code.level() == RegionLevel.RW)
                .orElseThrow(() -> ProgrammeRuleException.invalid(
                        List.of(RuleViolation.error("RW_CODE_INVALID", "rwCode", String.valueOf(rwCode)))));
        access.requireInScope(rw);
        if (regions.find(rw).isEmpty()) {
            throw new NotFoundException("error.region.not-found", rw.value());
        }
        int thisYear = settings.today().getYear();
        if (year < thisYear - 1 || year > thisYear + 1) {
            throw ProgrammeRuleException.invalid(
                    List.of(RuleViolation.error("PLAN_YEAR_RANGE", "year", thisYear - 1, thisYear + 1)));
        }
        if (repository.idOf(rw.value(), year).isPresent()) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_EXISTS", place(rw.value()), year);
        }
        FundActor actor = actor(rw);
        RwFundPlan plan = RwFundPlan.draft(rw.value(), year, settings.rwFund().allocation(), actor, settings.now());
        try {
            repository.insert(plan, actor.username());
        } catch (DuplicateKeyException e) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_EXISTS", place(rw.value()), year);
        }
        audit.recordChange("rw_fund_plan", String.valueOf(plan.id()), rw, null, Map.of("status", "DRAFT"));
        return plan.id();
    }

    /** The RW head replaces the draft's activities. */
    @Transactional
    public PlanView plan(long id, Integer version, List<PlannedActivity> activities) {
        return act(id, version, (plan, actor) -> plan.plan(activities == null ? List.of() : activities, actor));
    }

    /** The RW head adds one activity to the draft. */
    @Transactional
    public PlanView addActivity(long id, Integer version, PlannedActivity activity) {
        return act(id, version, (plan, actor) -> {
            List<PlannedActivity> all = new ArrayList<>(plan.activities());
            all.add(activity);
            plan.plan(all, actor);
        });
    }

    /** The RW head removes an activity (by its position, from 1) from the draft. */
    @Transactional
    public PlanView removeActivity(long id, Integer version, int position) {
        return act(id, version, (plan, actor) -> {
            List<PlannedActivity> all = new ArrayList<>(plan.activities());
            if (position < 1 || position > all.size()) {
                throw new NotFoundException("programmes.error.activity-not-found", position);
            }
            all.remove(position - 1);
            if (all.isEmpty()) {
                throw new ProgrammeRuleException(
                        Kind.INVALID, "PLAN_HAS_NO_ACTIVITY", List.of(RuleViolation.error("PLAN_EMPTY", "activities")));
            }
            plan.plan(all, actor);
        });
    }

    @Transactional
    public PlanView submit(long id, Integer version) {
        return act(id, version, (plan, actor) -> plan.submit(actor, settings.now()));
    }

    @Transactional
    public PlanView verify(long id, Integer version) {
        return act(id, version, (plan, actor) -> plan.verify(actor, settings.now()));
    }

    @Transactional
    public PlanView approve(long id, Integer version) {
        return act(id, version, (plan, actor) -> plan.approve(actor, settings.now()));
    }

    @Transactional
    public PlanView returnToHead(long id, Integer version, String reason) {
        return act(id, version, (plan, actor) -> plan.returnToHead(actor, settings.now(), reason));
    }

    private PlanView act(long id, Integer version, Action action) {
        RwFundPlan plan = repository.lock(id, access.currentScope()).orElseThrow(() -> notFound(id));
        if (version != null && version != plan.version()) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_CHANGED");
        }
        PlanStatus before = plan.status();
        Rupiah budgetBefore = plan.budgeted();
        action.on(plan, actor(RegionCode.of(plan.rwCode())));
        if (!repository.update(plan)) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_CHANGED");
        }
        audit.recordChange(
                "rw_fund_plan",
                String.valueOf(id),
                RegionCode.of(plan.rwCode()),
                Map.of("status", before.name(), "budgeted", budgetBefore.amount()),
                Map.of(
                        "status",
                        plan.status().name(),
                        "budgeted",
                        plan.budgeted().amount()));
        return view(repository.find(id, AreaScope.everything()).orElseThrow());
    }

    @FunctionalInterface
    private interface Action {
        void on(RwFundPlan plan, FundActor actor);
    }

    // ---- carrying it out

    /** The RW head reports spending on an activity of the approved plan; never beyond its budget. */
    @Transactional
    public PlanView recordSpending(long planId, long activityId, NewSpending spending) {
        RwFundPlan plan = repository.lock(planId, access.currentScope()).orElseThrow(() -> notFound(planId));
        plan.requireReporting(actor(RegionCode.of(plan.rwCode())));
        long[] activity = repository
                .lockActivity(planId, activityId)
                .orElseThrow(() -> new NotFoundException("programmes.error.activity-not-found", activityId));
        List<RuleViolation> broken = new ArrayList<>();
        if (spending == null || spending.amount() == null || spending.amount().isZero()) {
            broken.add(RuleViolation.error("AMOUNT_POSITIVE", "amount"));
        }
        if (spending == null || spending.spentOn() == null) {
            broken.add(RuleViolation.error("SPENT_ON_REQUIRED", "spentOn"));
        } else if (spending.spentOn().getYear() != plan.year()
                || spending.spentOn().isAfter(settings.today())) {
            broken.add(RuleViolation.error("SPENT_ON_OUTSIDE_YEAR", "spentOn", plan.year()));
        }
        if (spending == null || blank(spending.description())) {
            broken.add(RuleViolation.error("SPENDING_DESCRIPTION_REQUIRED", "description"));
        } else if (spending.description().strip().length() > RwFundPlan.TEXT_MAX) {
            broken.add(RuleViolation.error("DESCRIPTION_TOO_LONG", "description", RwFundPlan.TEXT_MAX));
        }
        if (spending == null || blank(spending.receiptNumber())) {
            broken.add(RuleViolation.error("RECEIPT_REQUIRED", "receiptNumber"));
        } else if (spending.receiptNumber().strip().length() > 60) {
            broken.add(RuleViolation.error("RECEIPT_TOO_LONG", "receiptNumber", 60));
        }
        if (!broken.isEmpty()) {
            throw ProgrammeRuleException.invalid(broken);
        }
        RwFundPlan.checkSpending(Rupiah.of(activity[1]), Rupiah.of(activity[2]), spending.amount());
        String by = access.currentUsername().orElseThrow();
        repository.insertSpending(activityId, spending, by);
        repository.touch(planId);
        audit.recordChange(
                "rw_fund_spending",
                String.valueOf(activityId),
                RegionCode.of(plan.rwCode()),
                Map.of("spent", activity[2]),
                Map.of(
                        "spent",
                        activity[2] + spending.amount().amount(),
                        "receipt",
                        spending.receiptNumber().strip()));
        return view(repository.find(planId, AreaScope.everything()).orElseThrow());
    }

    /** The RW head reports an activity's progress (0, 50 or 100 %), with a photo if they have one. */
    @Transactional
    public PlanView reportProgress(long planId, long activityId, int percent, InputStream photo) {
        RwFundPlan plan = repository.lock(planId, access.currentScope()).orElseThrow(() -> notFound(planId));
        plan.requireReporting(actor(RegionCode.of(plan.rwCode())));
        repository
                .lockActivity(planId, activityId)
                .orElseThrow(() -> new NotFoundException("programmes.error.activity-not-found", activityId));
        if (percent != 0 && percent != 50 && percent != 100) {
            throw ProgrammeRuleException.invalid(List.of(RuleViolation.error("PROGRESS_STEPS", "percent")));
        }
        ProgressPhoto read = photo == null
                ? null
                : ProgressPhoto.read(photo, settings.rwFund().maxPhotoBytes());
        repository.progress(activityId, percent, read, access.currentUsername().orElseThrow());
        repository.touch(planId);
        audit.recordChange(
                "rw_fund_activity",
                String.valueOf(activityId),
                RegionCode.of(plan.rwCode()),
                null,
                Map.of("progress", percent, "photo", read != null));
        return view(repository.find(planId, AreaScope.everything()).orElseThrow());
    }

    /** The latest progress photo of an activity of a plan in the user's area. */
    @Transactional(readOnly = true)
    public ProgressPhoto photo(long planId, long activityId) {
        repository.find(planId, access.currentScope()).orElseThrow(() -> notFound(planId));
        return repository
                .photo(planId, activityId)
                .orElseThrow(() -> new NotFoundException("programmes.error.photo-not-found", activityId));
    }

    // ---- who acts

    /** The acting user over one RW: its head, a verifier of its kelurahan or kecamatan, the city. */
    FundActor actor(RegionCode rw) {
        SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("sign in"));
        boolean head = false;
        boolean kelurahan = false;
        boolean kecamatan = false;
        for (String code : user.scopeCodes()) {
            RegionCode area = RegionCode.tryParse(code).orElse(null);
            if (area == null || !area.contains(rw)) {
                continue;
            }
            head |= user.has(Role.RW) && area.level() == RegionLevel.RW;
            kelurahan |= user.has(Role.KELURAHAN) && area.level() == RegionLevel.KELURAHAN;
            kecamatan |= user.has(Role.KECAMATAN) && area.level() == RegionLevel.KECAMATAN;
        }
        boolean city = user.has(Role.CITY) || user.has(Role.ADMIN);
        return new FundActor(user.username(), head, kelurahan, kecamatan, city);
    }

    private PlanView view(RwFundPlan plan) {
        FundActor actor = actor(RegionCode.of(plan.rwCode()));
        Set<String> actions = new LinkedHashSet<>();
        switch (plan.status()) {
            case DRAFT -> {
                if (actor.rwHead()) {
                    actions.add("edit");
                    actions.add("submit");
                }
            }
            case SUBMITTED -> {
                if (actor.kelurahan()) {
                    actions.add("verify");
                }
            }
            case VERIFIED_KELURAHAN -> {
                if (actor.kecamatan()) {
                    actions.add("verify");
                }
            }
            case VERIFIED_KECAMATAN -> {
                if (actor.city()) {
                    actions.add("approve");
                }
            }
            case APPROVED -> {
                if (actor.rwHead()) {
                    actions.add("report");
                }
            }
        }
        if (plan.status().underReview() && actor.verifier()) {
            actions.add("return");
        }
        PlanSummary summary = repository
                .summaries("p.id = :id", AreaScope.everything(), Map.of("id", plan.id()), 1)
                .get(0)
                .named(place(plan.rwCode()));
        return new PlanView(summary, repository.activities(plan.id()), repository.steps(plan.id()), actions);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("programmes.error.plan-not-found", id);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
