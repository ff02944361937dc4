package id.warga.programmes;

import id.warga.region.RegionCode;
import id.warga.region.RegionLevel;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.RefusedException.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An RW's plan for its environment fund in one year: the aggregate of the fund's workflow. The RW
 * head drafts activities within the allocation and submits; the kelurahan, then the kecamatan
 * verify and the city approves; any verifier may return it to the RW head with a reason. Each
 * transition checks who may take it and from which state, and is recorded as a step. Once approved,
 * the head reports spending (never beyond an activity's budget) and progress.
 */
final class RwFundPlan {

    static final int NAME_MAX = 120;
    static final int TEXT_MAX = 500;
    static final int MAX_ACTIVITIES = 50;

    private Long id;
    private final String rwCode;
    private final int year;
    private final Rupiah allocation;
    private PlanStatus status;
    private final List<PlannedActivity> activities = new ArrayList<>();
    private String returnReason;
    private final int version;
    private final List<PlanStep> newSteps = new ArrayList<>();
    private boolean activitiesChanged;

    RwFundPlan(
            Long id,
            String rwCode,
            int year,
            Rupiah allocation,
            PlanStatus status,
            List<PlannedActivity> activities,
            String returnReason,
            int version) {
        this.id = id;
        this.rwCode = rwCode;
        this.year = year;
        this.allocation = allocation;
        this.status = status;
        this.activities.addAll(activities);
        this.returnReason = returnReason;
        this.version = version;
    }

    /** The RW head starts the year's plan, empty, as a draft. */
    static RwFundPlan draft(String rwCode, int year, Rupiah allocation, FundActor actor, Instant at) {
        if (!actor.rwHead()) {
            throw new ProgrammeRuleException(Kind.FORBIDDEN, "ONLY_RW_HEAD_DRAFTS");
        }
        RwFundPlan plan = new RwFundPlan(null, rwCode, year, allocation, PlanStatus.DRAFT, List.of(), null, 0);
        plan.newSteps.add(new PlanStep(PlanStep.Action.CREATED, null, PlanStatus.DRAFT, actor.username(), at, null));
        return plan;
    }

    /** The RW head replaces the draft's activities; each must be valid and their total within the allocation. */
    void plan(List<PlannedActivity> planned, FundActor actor) {
        requireHead(actor);
        if (status != PlanStatus.DRAFT) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_NOT_DRAFT", label(status));
        }
        List<RuleViolation> broken = check(planned, rwCode, allocation);
        if (!broken.isEmpty()) {
            throw ProgrammeRuleException.invalid(broken);
        }
        activities.clear();
        activities.addAll(planned);
        activitiesChanged = true;
    }

    /** The RW head hands the draft in: it needs an activity and must fit the allocation. */
    void submit(FundActor actor, Instant at) {
        requireHead(actor);
        if (status != PlanStatus.DRAFT) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_NOT_DRAFT", label(status));
        }
        if (activities.isEmpty()) {
            throw new ProgrammeRuleException(
                    Kind.INVALID, "PLAN_HAS_NO_ACTIVITY", List.of(RuleViolation.error("PLAN_EMPTY", "activities")));
        }
        List<RuleViolation> broken = check(activities, rwCode, allocation);
        if (!broken.isEmpty()) {
            throw ProgrammeRuleException.invalid(broken);
        }
        move(PlanStep.Action.SUBMITTED, PlanStatus.SUBMITTED, actor, at, null);
        returnReason = null;
    }

    /** The kelurahan verifies a submitted plan, then the kecamatan a plan the kelurahan verified. */
    void verify(FundActor actor, Instant at) {
        switch (status) {
            case SUBMITTED -> {
                requireVerifier(actor.kelurahan(), "KELURAHAN");
                move(PlanStep.Action.VERIFIED, PlanStatus.VERIFIED_KELURAHAN, actor, at, null);
            }
            case VERIFIED_KELURAHAN -> {
                requireVerifier(actor.kecamatan(), "KECAMATAN");
                move(PlanStep.Action.VERIFIED, PlanStatus.VERIFIED_KECAMATAN, actor, at, null);
            }
            case VERIFIED_KECAMATAN -> throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_AWAITS_APPROVAL");
            default -> throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW", label(status));
        }
    }

    /** The city approves a plan both verifiers passed; from now on the RW reports how it is carried out. */
    void approve(FundActor actor, Instant at) {
        if (status == PlanStatus.SUBMITTED || status == PlanStatus.VERIFIED_KELURAHAN) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_NEEDS_VERIFICATION", label(status));
        }
        if (status != PlanStatus.VERIFIED_KECAMATAN) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW", label(status));
        }
        requireVerifier(actor.city(), "CITY");
        move(PlanStep.Action.APPROVED, PlanStatus.APPROVED, actor, at, null);
    }

    /** Any verifier sends a plan under review back to the RW head as a draft, saying why. */
    void returnToHead(FundActor actor, Instant at, String reason) {
        if (!status.underReview()) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW", label(status));
        }
        if (!actor.verifier()) {
            throw new ProgrammeRuleException(Kind.FORBIDDEN, "ONLY_VERIFIERS_RETURN");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ProgrammeRuleException(
                    Kind.INVALID, "RETURN_REASON_REQUIRED", List.of(RuleViolation.error("REASON_REQUIRED", "reason")));
        }
        if (why.length() > TEXT_MAX) {
            throw new ProgrammeRuleException(
                    Kind.INVALID,
                    "RETURN_REASON_TOO_LONG",
                    List.of(RuleViolation.error("REASON_TOO_LONG", "reason", TEXT_MAX)),
                    TEXT_MAX);
        }
        move(PlanStep.Action.RETURNED, PlanStatus.DRAFT, actor, at, why);
        returnReason = why;
    }

    /** The RW head reports on an approved plan: spending or progress. */
    void requireReporting(FundActor actor) {
        requireHead(actor);
        if (status != PlanStatus.APPROVED) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "PLAN_NOT_APPROVED", label(status));
        }
    }

    /** Spending of {@code amount} on an activity that already spent {@code spent} must stay within its budget. */
    static void checkSpending(Rupiah budget, Rupiah spent, Rupiah amount) {
        if (amount.isZero()) {
            throw ProgrammeRuleException.invalid(List.of(RuleViolation.error("AMOUNT_POSITIVE", "amount")));
        }
        if (spent.plus(amount).exceeds(budget)) {
            throw new ProgrammeRuleException(
                    Kind.INVALID,
                    "SPENDING_EXCEEDS_BUDGET",
                    List.of(RuleViolation.error(
                            "SPENDING_OVER_BUDGET",
                            "amount",
                            amount.formatted(),
                            spent.formatted(),
                            budget.formatted())),
                    budget.minus(spent.exceeds(budget) ? budget : spent).formatted());
        }
    }

    /** Every broken rule of a list of activities for an RW with {@code allocation}. */
    static List<RuleViolation> check(List<PlannedActivity> planned, String rwCode, Rupiah allocation) {
        List<RuleViolation> broken = new ArrayList<>();
        if (planned.isEmpty()) {
            broken.add(RuleViolation.error("PLAN_EMPTY", "activities"));
            return broken;
        }
        if (planned.size() > MAX_ACTIVITIES) {
            broken.add(RuleViolation.error("PLAN_TOO_MANY_ACTIVITIES", "activities", MAX_ACTIVITIES));
            return broken;
        }
        long total = 0;
        for (int i = 0; i < planned.size(); i++) {
            PlannedActivity a = planned.get(i);
            String at = "activities[" + i + "].";
            String name = a.name() == null ? "" : a.name().strip();
            if (name.isEmpty()) {
                broken.add(RuleViolation.error("ACTIVITY_NAME_REQUIRED", at + "name"));
            } else if (name.length() > NAME_MAX) {
                broken.add(RuleViolation.error("ACTIVITY_NAME_TOO_LONG", at + "name", NAME_MAX));
            }
            if (a.category() == null) {
                broken.add(RuleViolation.error("ACTIVITY_CATEGORY_REQUIRED", at + "category"));
            }
            if (a.budget() == null || a.budget().isZero()) {
                broken.add(RuleViolation.error("BUDGET_POSITIVE", at + "budget"));
            } else {
                total = total + Math.min(a.budget().amount(), Long.MAX_VALUE / (MAX_ACTIVITIES + 1));
            }
            if (a.description() != null && a.description().strip().length() > TEXT_MAX) {
                broken.add(RuleViolation.error("DESCRIPTION_TOO_LONG", at + "description", TEXT_MAX));
            }
            if (a.rtCode() != null && !a.rtCode().isBlank()) {
                RegionCode rt = RegionCode.tryParse(a.rtCode().strip()).orElse(null);
                if (rt == null
                        || rt.level() != RegionLevel.RT
                        || !RegionCode.of(rwCode).contains(rt)) {
                    broken.add(RuleViolation.error("TARGET_RT_OUTSIDE_RW", at + "rtCode", a.rtCode(), rwCode));
                }
            }
        }
        if (total > allocation.amount()) {
            broken.add(RuleViolation.error(
                    "BUDGET_OVER_ALLOCATION", "activities", Rupiah.of(total).formatted(), allocation.formatted()));
        }
        return broken;
    }

    private void move(PlanStep.Action action, PlanStatus to, FundActor actor, Instant at, String reason) {
        newSteps.add(new PlanStep(action, status, to, actor.username(), at, reason));
        status = to;
    }

    private static void requireHead(FundActor actor) {
        if (!actor.rwHead()) {
            throw new ProgrammeRuleException(Kind.FORBIDDEN, "ONLY_RW_HEAD");
        }
    }

    private static void requireVerifier(boolean holds, String level) {
        if (!holds) {
            throw new ProgrammeRuleException(
                    Kind.FORBIDDEN, "VERIFIER_NOT_AT_LEVEL", Labels.of("programmes.level." + level));
        }
    }

    private static Object label(PlanStatus status) {
        return Labels.of("programmes.plan.status." + status);
    }

    Long id() {
        return id;
    }

    void identify(long id) {
        this.id = id;
    }

    String rwCode() {
        return rwCode;
    }

    int year() {
        return year;
    }

    Rupiah allocation() {
        return allocation;
    }

    PlanStatus status() {
        return status;
    }

    List<PlannedActivity> activities() {
        return List.copyOf(activities);
    }

    Rupiah budgeted() {
        return activities.stream().map(PlannedActivity::budget).reduce(Rupiah.ZERO, Rupiah::plus);
    }

    String returnReason() {
        return returnReason;
    }

    int version() {
        return version;
    }

    List<PlanStep> newSteps() {
        return List.copyOf(newSteps);
    }

    boolean activitiesChanged() {
        return activitiesChanged;
    }
}
