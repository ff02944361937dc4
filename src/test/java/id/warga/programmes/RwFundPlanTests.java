package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.RefusedException.Kind;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of the fund's plan, allowed and forbidden, without a database. */
class RwFundPlanTests {

    static final String RW = "36.72.06.1003.001";
    static final Rupiah ALLOCATION = Rupiah.of(100_000_000);
    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    static final FundActor HEAD = new FundActor("rw", true, false, false, false);
    static final FundActor LURAH = new FundActor("lurah", false, true, false, false);
    static final FundActor CAMAT = new FundActor("camat", false, false, true, false);
    static final FundActor CITY = new FundActor("kota", false, false, false, true);
    static final FundActor NOBODY = new FundActor("rt", false, false, false, false);

    static PlannedActivity road(long budget) {
        return new PlannedActivity("Betonisasi gang", ActivityCategory.INFRASTRUKTUR, Rupiah.of(budget), null, null);
    }

    static RwFundPlan draftWith(PlannedActivity... activities) {
        RwFundPlan plan = RwFundPlan.draft(RW, 2026, ALLOCATION, HEAD, NOW);
        if (activities.length > 0) {
            plan.plan(List.of(activities), HEAD);
        }
        return plan;
    }

    static RwFundPlan in(PlanStatus status) {
        RwFundPlan plan = draftWith(road(60_000_000));
        if (status == PlanStatus.DRAFT) {
            return plan;
        }
        plan.submit(HEAD, NOW);
        if (status == PlanStatus.SUBMITTED) {
            return plan;
        }
        plan.verify(LURAH, NOW);
        if (status == PlanStatus.VERIFIED_KELURAHAN) {
            return plan;
        }
        plan.verify(CAMAT, NOW);
        if (status == PlanStatus.VERIFIED_KECAMATAN) {
            return plan;
        }
        plan.approve(CITY, NOW);
        return plan;
    }

    @Test
    void travelsFromDraftThroughKelurahanAndKecamatanToTheCityRecordingEachStep() {
        RwFundPlan plan = draftWith(road(60_000_000), road(40_000_000));
        plan.submit(HEAD, NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        plan.verify(LURAH, NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.VERIFIED_KELURAHAN);
        plan.verify(CAMAT, NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.VERIFIED_KECAMATAN);
        plan.approve(CITY, NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.newSteps())
                .extracting(PlanStep::action, PlanStep::to, PlanStep::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PlanStep.Action.CREATED, PlanStatus.DRAFT, "rw"),
                        org.assertj.core.groups.Tuple.tuple(PlanStep.Action.SUBMITTED, PlanStatus.SUBMITTED, "rw"),
                        org.assertj.core.groups.Tuple.tuple(
                                PlanStep.Action.VERIFIED, PlanStatus.VERIFIED_KELURAHAN, "lurah"),
                        org.assertj.core.groups.Tuple.tuple(
                                PlanStep.Action.VERIFIED, PlanStatus.VERIFIED_KECAMATAN, "camat"),
                        org.assertj.core.groups.Tuple.tuple(PlanStep.Action.APPROVED, PlanStatus.APPROVED, "kota"));
    }

    @Test
    void aPlanUsingTheWholeAllocationIsAllowed() {
        RwFundPlan plan = draftWith(road(60_000_000), road(40_000_000));
        plan.submit(HEAD, NOW);
        assertThat(plan.budgeted()).isEqualTo(ALLOCATION);
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanStatus.class,
            names = {"SUBMITTED", "VERIFIED_KELURAHAN", "VERIFIED_KECAMATAN"})
    void anyVerifierReturnsAPlanUnderReviewToTheHeadWithTheReason(PlanStatus status) {
        for (FundActor verifier : List.of(LURAH, CAMAT, CITY)) {
            RwFundPlan plan = in(status);
            plan.returnToHead(verifier, NOW, "  Anggaran lampu jalan terlalu besar ");
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.returnReason()).isEqualTo("Anggaran lampu jalan terlalu besar");
            PlanStep last = plan.newSteps().get(plan.newSteps().size() - 1);
            assertThat(last.action()).isEqualTo(PlanStep.Action.RETURNED);
            assertThat(last.from()).isEqualTo(status);
            assertThat(last.actor()).isEqualTo(verifier.username());
            assertThat(last.reason()).isEqualTo("Anggaran lampu jalan terlalu besar");
        }
    }

    @Test
    void aReturnedPlanCanBeFixedAndSubmittedAgain() {
        RwFundPlan plan = in(PlanStatus.VERIFIED_KELURAHAN);
        plan.returnToHead(CAMAT, NOW, "Kurangi anggaran");
        plan.plan(List.of(road(30_000_000)), HEAD);
        plan.submit(HEAD, NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.returnReason()).isNull();
    }

    @Nested
    class Refuses {

        @Test
        void aDraftBySomeoneNotHeadingTheRw() {
            for (FundActor other : List.of(LURAH, CAMAT, CITY, NOBODY)) {
                assertRule(
                        () -> RwFundPlan.draft(RW, 2026, ALLOCATION, other, NOW),
                        Kind.FORBIDDEN,
                        "ONLY_RW_HEAD_DRAFTS");
            }
        }

        @Test
        void toSubmitAPlanWithoutActivities() {
            RwFundPlan plan = RwFundPlan.draft(RW, 2026, ALLOCATION, HEAD, NOW);
            assertRule(() -> plan.submit(HEAD, NOW), Kind.INVALID, "PLAN_HAS_NO_ACTIVITY");
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        }

        @Test
        void activitiesBeyondTheAllocation() {
            RwFundPlan plan = draftWith(road(60_000_000));
            assertViolations(
                    () -> plan.plan(List.of(road(60_000_000), road(40_000_001)), HEAD), "BUDGET_OVER_ALLOCATION");
            assertThat(plan.activities()).hasSize(1);
        }

        @Test
        void anActivityWithoutABudget() {
            RwFundPlan plan = draftWith();
            assertViolations(() -> plan.plan(List.of(road(0)), HEAD), "BUDGET_POSITIVE");
            assertViolations(
                    () -> plan.plan(
                            List.of(new PlannedActivity("Posyandu", ActivityCategory.PEMBERDAYAAN, null, null, null)),
                            HEAD),
                    "BUDGET_POSITIVE");
        }

        @Test
        void anActivityWithoutNameOrCategoryOrWithAnRtOfAnotherRw() {
            RwFundPlan plan = draftWith();
            assertViolations(
                    () -> plan.plan(
                            List.of(new PlannedActivity(
                                    " ", null, Rupiah.of(5_000_000), null, "36.72.06.1003.002.001")),
                            HEAD),
                    "ACTIVITY_NAME_REQUIRED",
                    "ACTIVITY_CATEGORY_REQUIRED",
                    "TARGET_RT_OUTSIDE_RW");
        }

        @Test
        void anEmptyListOfActivities() {
            RwFundPlan plan = draftWith(road(1_000_000));
            assertViolations(() -> plan.plan(List.of(), HEAD), "PLAN_EMPTY");
        }

        @Test
        void changesOrSubmissionBySomeoneElse() {
            RwFundPlan plan = draftWith(road(1_000_000));
            for (FundActor other : List.of(LURAH, CAMAT, CITY, NOBODY)) {
                assertRule(() -> plan.plan(List.of(road(2_000_000)), other), Kind.FORBIDDEN, "ONLY_RW_HEAD");
                assertRule(() -> plan.submit(other, NOW), Kind.FORBIDDEN, "ONLY_RW_HEAD");
            }
        }

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
        void changesAndSubmissionOnceHandedIn(PlanStatus status) {
            RwFundPlan plan = in(status);
            assertRule(() -> plan.plan(List.of(road(1_000_000)), HEAD), Kind.CONFLICT, "PLAN_NOT_DRAFT");
            assertRule(() -> plan.submit(HEAD, NOW), Kind.CONFLICT, "PLAN_NOT_DRAFT");
            assertThat(plan.status()).isEqualTo(status);
        }

        @Test
        void verificationAtTheWrongLevel() {
            assertRule(() -> in(PlanStatus.SUBMITTED).verify(CAMAT, NOW), Kind.FORBIDDEN, "VERIFIER_NOT_AT_LEVEL");
            assertRule(() -> in(PlanStatus.SUBMITTED).verify(CITY, NOW), Kind.FORBIDDEN, "VERIFIER_NOT_AT_LEVEL");
            assertRule(() -> in(PlanStatus.SUBMITTED).verify(HEAD, NOW), Kind.FORBIDDEN, "VERIFIER_NOT_AT_LEVEL");
            assertRule(
                    () -> in(PlanStatus.VERIFIED_KELURAHAN).verify(LURAH, NOW),
                    Kind.FORBIDDEN,
                    "VERIFIER_NOT_AT_LEVEL");
            assertRule(
                    () -> in(PlanStatus.VERIFIED_KELURAHAN).verify(CITY, NOW), Kind.FORBIDDEN, "VERIFIER_NOT_AT_LEVEL");
        }

        @Test
        void verificationOfADraftAnApprovedPlanOrOneAwaitingApproval() {
            assertRule(() -> in(PlanStatus.DRAFT).verify(LURAH, NOW), Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW");
            assertRule(() -> in(PlanStatus.APPROVED).verify(CAMAT, NOW), Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW");
            assertRule(
                    () -> in(PlanStatus.VERIFIED_KECAMATAN).verify(CITY, NOW), Kind.CONFLICT, "PLAN_AWAITS_APPROVAL");
        }

        @Test
        void approvalBeforeBothVerificationsOrByAnyoneButTheCity() {
            assertRule(() -> in(PlanStatus.SUBMITTED).approve(CITY, NOW), Kind.CONFLICT, "PLAN_NEEDS_VERIFICATION");
            assertRule(
                    () -> in(PlanStatus.VERIFIED_KELURAHAN).approve(CITY, NOW),
                    Kind.CONFLICT,
                    "PLAN_NEEDS_VERIFICATION");
            assertRule(() -> in(PlanStatus.DRAFT).approve(CITY, NOW), Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW");
            assertRule(() -> in(PlanStatus.APPROVED).approve(CITY, NOW), Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW");
            for (FundActor other : List.of(HEAD, LURAH, CAMAT, NOBODY)) {
                assertRule(
                        () -> in(PlanStatus.VERIFIED_KECAMATAN).approve(other, NOW),
                        Kind.FORBIDDEN,
                        "VERIFIER_NOT_AT_LEVEL");
            }
        }

        @Test
        void aReturnOfADraftOrAnApprovedPlan() {
            assertRule(
                    () -> in(PlanStatus.DRAFT).returnToHead(LURAH, NOW, "x"), Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW");
            assertRule(
                    () -> in(PlanStatus.APPROVED).returnToHead(CITY, NOW, "x"), Kind.CONFLICT, "PLAN_NOT_UNDER_REVIEW");
        }

        @Test
        void aReturnWithoutReasonOrBySomeoneWhoIsNoVerifier() {
            assertRule(
                    () -> in(PlanStatus.SUBMITTED).returnToHead(LURAH, NOW, "  "),
                    Kind.INVALID,
                    "RETURN_REASON_REQUIRED");
            assertRule(
                    () -> in(PlanStatus.SUBMITTED).returnToHead(LURAH, NOW, null),
                    Kind.INVALID,
                    "RETURN_REASON_REQUIRED");
            assertRule(
                    () -> in(PlanStatus.SUBMITTED).returnToHead(LURAH, NOW, "x".repeat(501)),
                    Kind.INVALID,
                    "RETURN_REASON_TOO_LONG");
            assertRule(
                    () -> in(PlanStatus.SUBMITTED).returnToHead(HEAD, NOW, "x"),
                    Kind.FORBIDDEN,
                    "ONLY_VERIFIERS_RETURN");
            assertRule(
                    () -> in(PlanStatus.SUBMITTED).returnToHead(NOBODY, NOW, "x"),
                    Kind.FORBIDDEN,
                    "ONLY_VERIFIERS_RETURN");
        }

        @ParameterizedTest
        @EnumSource(value = PlanStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
        void reportsBeforeApproval(PlanStatus status) {
            assertRule(() -> in(status).requireReporting(HEAD), Kind.CONFLICT, "PLAN_NOT_APPROVED");
        }

        @Test
        void reportsBySomeoneButTheHead() {
            assertRule(() -> in(PlanStatus.APPROVED).requireReporting(CITY), Kind.FORBIDDEN, "ONLY_RW_HEAD");
        }

        @Test
        void spendingBeyondTheActivitysBudget() {
            RwFundPlan.checkSpending(Rupiah.of(10_000_000), Rupiah.of(4_000_000), Rupiah.of(6_000_000));
            assertRule(
                    () -> RwFundPlan.checkSpending(Rupiah.of(10_000_000), Rupiah.of(4_000_000), Rupiah.of(6_000_001)),
                    Kind.INVALID,
                    "SPENDING_EXCEEDS_BUDGET");
        }
    }

    /** Every state with every action: exactly the allowed pairs succeed. */
    @Test
    void onlyTheAllowedTransitionsSucceedFromEachState() {
        List<Named> actions = List.of(
                new Named("submit", (p, a) -> p.submit(a, NOW)),
                new Named("verify", (p, a) -> p.verify(a, NOW)),
                new Named("approve", (p, a) -> p.approve(a, NOW)),
                new Named("return", (p, a) -> p.returnToHead(a, NOW, "alasan")));
        List<FundActor> actors = List.of(HEAD, LURAH, CAMAT, CITY, NOBODY);
        java.util.Set<String> allowed = java.util.Set.of(
                "DRAFT submit rw",
                "SUBMITTED verify lurah",
                "SUBMITTED return lurah",
                "SUBMITTED return camat",
                "SUBMITTED return kota",
                "VERIFIED_KELURAHAN verify camat",
                "VERIFIED_KELURAHAN return lurah",
                "VERIFIED_KELURAHAN return camat",
                "VERIFIED_KELURAHAN return kota",
                "VERIFIED_KECAMATAN approve kota",
                "VERIFIED_KECAMATAN return lurah",
                "VERIFIED_KECAMATAN return camat",
                "VERIFIED_KECAMATAN return kota");
        java.util.Set<String> succeeded = new java.util.TreeSet<>();
        for (PlanStatus status : PlanStatus.values()) {
            for (Named action : actions) {
                for (FundActor actor : actors) {
                    RwFundPlan plan = in(status);
                    try {
                        action.step().accept(plan, actor);
                        succeeded.add(status + " " + action.name() + " " + actor.username());
                    } catch (ProgrammeRuleException e) {
                        assertThat(plan.status())
                                .as("a refused step leaves the state")
                                .isEqualTo(status);
                    }
                }
            }
        }
        assertThat(succeeded).containsExactlyInAnyOrderElementsOf(allowed);
    }

    record Named(String name, BiConsumer<RwFundPlan, FundActor> step) {}

    static void assertRule(Runnable action, Kind kind, String rule) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProgrammeRuleException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.kind()).isEqualTo(kind);
        });
    }

    static void assertViolations(Runnable action, String... codes) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        ProgrammeRuleException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolation::code)
                                .containsExactlyInAnyOrder(codes));
    }
}
