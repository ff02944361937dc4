package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.population.RegistryRules.Member;
import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegistryRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Set<String> KNOWN = Set.of("36", "36.72", "36.72.01", "36.72.05", "32", "32.04");
    static final CodeLists CODES = CodeLists.of(codes());
    static final RegistryRules RULES = new RegistryRules(TODAY, KNOWN::contains, CODES);

    static List<CodeLists.CodeLabel> codes() {
        List<CodeLists.CodeLabel> codes = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            codes.add(new CodeLists.CodeLabel(CodeLists.RELIGION, i, "R" + i, "R" + i));
        }
        for (int i = 1; i <= 4; i++) {
            codes.add(new CodeLists.CodeLabel(CodeLists.MARITAL_STATUS, i, "M" + i, "M" + i));
        }
        for (int i = 1; i <= 10; i++) {
            codes.add(new CodeLists.CodeLabel(CodeLists.EDUCATION, i, "E" + i, "E" + i));
        }
        for (int i = 1; i <= 89; i++) {
            codes.add(new CodeLists.CodeLabel(CodeLists.OCCUPATION, i, i == 15 ? "KARYAWAN SWASTA" : "O" + i, "O" + i));
        }
        for (int i = 1; i <= 11; i++) {
            codes.add(new CodeLists.CodeLabel(CodeLists.RELATION, i, "H" + i, "H" + i));
        }
        for (int i = 1; i <= 3; i++) {
            codes.add(new CodeLists.CodeLabel(CodeLists.CITIZENSHIP, i, "C" + i, "C" + i));
        }
        for (int i = 1; i <= 8; i++) {
            codes.add(new CodeLists.CodeLabel(CodeLists.EMPLOYMENT_STATUS, i, "S" + i, "S" + i));
        }
        return codes;
    }

    /** A 36-year-old married man from Cibeber whose NIK agrees with him. */
    static ResidentDetails man() {
        return new ResidentDetails(
                "3672011407900001",
                "AGUS SALIM",
                Sex.MALE,
                "CILEGON",
                LocalDate.of(1990, 7, 14),
                1,
                2,
                5,
                15,
                1,
                1,
                "0812-3456-7890");
    }

    static ResidentDetails with(ResidentDetails d, String nik, Sex sex, LocalDate birthDate, Integer marital) {
        return new ResidentDetails(
                nik,
                d.name(),
                sex,
                d.birthPlace(),
                birthDate,
                d.religion(),
                marital,
                d.education(),
                d.occupation(),
                d.relation(),
                d.citizenship(),
                d.phone());
    }

    static List<String> codes(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::code).toList();
    }

    static List<String> errors(List<RuleViolation> violations) {
        return violations.stream()
                .filter(RuleViolation::isError)
                .map(RuleViolation::code)
                .toList();
    }

    static List<String> warnings(List<RuleViolation> violations) {
        return violations.stream()
                .filter(v -> !v.isError())
                .map(RuleViolation::code)
                .toList();
    }

    @Test
    void acceptsAResidentWhoseNikAgreesWithTheRecord() {
        assertThat(RULES.details(man(), "")).isEmpty();
    }

    @Test
    void acceptsANewbornWithoutNikButNotAnAdult() {
        ResidentDetails baby = with(man(), null, Sex.MALE, TODAY.minusDays(3), 1);
        ResidentDetails adult = with(man(), " ", Sex.MALE, LocalDate.of(1990, 7, 14), 2);

        assertThat(RULES.details(baby, "")).isEmpty();
        assertThat(errors(RULES.details(adult, ""))).containsExactly("NIK_EMPTY");
    }

    @Test
    void readsACentenariansTwoDigitYearAsAgreeing() {
        ResidentDetails old = with(man(), "3672011407250001", Sex.MALE, LocalDate.of(1925, 7, 14), 4);
        assertThat(errors(RULES.details(old, ""))).isEmpty();
    }

    @Test
    void warnsOfAnUnknownKecamatanInTheNik() {
        ResidentDetails d = with(man(), "3672991407900001", Sex.MALE, LocalDate.of(1990, 7, 14), 2);
        assertThat(warnings(RULES.details(d, ""))).containsExactly("NIK_KECAMATAN_UNKNOWN");
    }

    @Test
    void prefixesFieldsOfAMemberOfACommand() {
        ResidentDetails d = with(man(), "3672011407900000", Sex.MALE, LocalDate.of(1990, 7, 14), 2);
        assertThat(RULES.details(d, "members[2]."))
                .extracting(RuleViolation::field)
                .containsExactly("members[2].nik");
    }

    @Nested
    class Refuses {

        @Test
        void anInvalidNik() {
            ResidentDetails d = with(man(), "36720114079000", Sex.MALE, LocalDate.of(1990, 7, 14), 2);
            assertThat(errors(RULES.details(d, ""))).containsExactly("NIK_LENGTH");
        }

        @Test
        void aNikWhoseBirthDateDisagrees() {
            ResidentDetails d = with(man(), man().nik(), Sex.MALE, LocalDate.of(1990, 7, 15), 2);
            assertThat(errors(RULES.details(d, ""))).containsExactly("NIK_BIRTH_DATE_MISMATCH");
        }

        @Test
        void aNikWhoseSexDisagrees() {
            ResidentDetails d = with(man(), man().nik(), Sex.FEMALE, LocalDate.of(1990, 7, 14), 2);
            assertThat(errors(RULES.details(d, ""))).containsExactly("NIK_SEX_MISMATCH");
        }

        @Test
        void aBirthInTheFutureOrLongAgo() {
            assertThat(errors(RULES.details(with(man(), null, Sex.MALE, TODAY.plusDays(1), 1), "")))
                    .containsExactly("BIRTH_DATE_FUTURE");
            assertThat(errors(RULES.details(with(man(), null, Sex.MALE, LocalDate.of(1880, 1, 1), 4), "")))
                    .contains("BIRTH_DATE_IMPLAUSIBLE");
        }

        @Test
        void missingTooLongOrMalformedFields() {
            ResidentDetails d = man();
            assertThat(errors(RULES.details(
                            new ResidentDetails(
                                    d.nik(),
                                    null,
                                    null,
                                    "X".repeat(101),
                                    d.birthDate(),
                                    null,
                                    2,
                                    5,
                                    15,
                                    1,
                                    1,
                                    "call me"),
                            "")))
                    .containsExactlyInAnyOrder("REQUIRED", "REQUIRED", "TOO_LONG", "REQUIRED", "PHONE_INVALID");
            assertThat(errors(RULES.details(
                            new ResidentDetails(
                                    d.nik(), "AGUS 2", d.sex(), null, d.birthDate(), 1, 2, 5, 15, 1, 1, null),
                            "")))
                    .containsExactly("NAME_INVALID");
        }

        @Test
        void codesThatAreNotInTheOfficialLists() {
            ResidentDetails d = man();
            ResidentDetails wrong =
                    new ResidentDetails(d.nik(), d.name(), d.sex(), null, d.birthDate(), 8, 5, 11, 90, 12, 4, null);
            assertThat(RULES.details(wrong, ""))
                    .extracting(RuleViolation::code, RuleViolation::field)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("CODE_UNKNOWN", "religion"),
                            org.assertj.core.groups.Tuple.tuple("CODE_UNKNOWN", "maritalStatus"),
                            org.assertj.core.groups.Tuple.tuple("CODE_UNKNOWN", "education"),
                            org.assertj.core.groups.Tuple.tuple("CODE_UNKNOWN", "occupation"),
                            org.assertj.core.groups.Tuple.tuple("CODE_UNKNOWN", "relation"),
                            org.assertj.core.groups.Tuple.tuple("CODE_UNKNOWN", "citizenship"));
        }

        @Test
        void aLabourBlockForSomeoneUnder15() {
            LocalDate birth = TODAY.minusYears(15).plusDays(1);
            assertThat(errors(RULES.labour(answer(LabourActivity.SCHOOL, TODAY), birth, 3, "")))
                    .containsExactly("LABOUR_UNDER_15");
            assertThat(RULES.labour(answer(LabourActivity.SCHOOL, TODAY), birth.minusDays(1), 3, ""))
                    .isEmpty();
        }

        @Test
        void aLabourBlockDatedInTheFuture() {
            assertThat(errors(RULES.labour(answer(LabourActivity.WORKED, TODAY.plusDays(1)), man().birthDate(), 1, "")))
                    .containsExactly("LABOUR_REFERENCE_FUTURE");
        }

        @Test
        void hoursOrAnEmploymentStatusForSomeoneNotWorking() {
            LabourAnswer looking = new LabourAnswer(LabourActivity.LOOKING_FOR_WORK, TODAY, 10, 4, null);
            assertThat(errors(RULES.labour(looking, man().birthDate(), 1, "")))
                    .containsExactly("LABOUR_HOURS_NOT_WORKING", "LABOUR_STATUS_NOT_EMPLOYED");
        }

        @Test
        void hoursOutsideAWeek() {
            assertThat(errors(RULES.labour(
                            new LabourAnswer(LabourActivity.WORKED, TODAY, 169, 4, null), man().birthDate(), 15, "")))
                    .containsExactly("LABOUR_HOURS_RANGE");
            assertThat(errors(RULES.labour(
                            new LabourAnswer(LabourActivity.WORKED, TODAY, 0, 4, null), man().birthDate(), 15, "")))
                    .containsExactly("LABOUR_HOURS_RANGE");
        }

        @Test
        void twoHeadsOrNoHeadOrNoMembers() {
            LocalDate d = LocalDate.of(1980, 1, 1);
            assertThat(errors(RULES.household(
                            List.of(new Member("a.", 1L, 1, d, false), new Member("b.", null, 1, d, true)), "members")))
                    .containsExactly("HOUSEHOLD_TWO_HEADS");
            assertThat(RULES.household(
                            List.of(new Member("a.", 1L, 1, d, false), new Member("b.", null, 1, d, true)), "members"))
                    .extracting(RuleViolation::field)
                    .containsExactly("b.relation");
            assertThat(errors(RULES.household(List.of(new Member("a.", 1L, 3, d, false)), "members")))
                    .containsExactly("HOUSEHOLD_NO_HEAD");
            assertThat(errors(RULES.household(List.of(), "members"))).containsExactly("MEMBERS_REQUIRED");
        }

        @Test
        void aDeathBeforeBirthAndEventsOutOfOrder() {
            LocalDate birth = LocalDate.of(2000, 5, 5);
            assertThat(errors(RULES.eventDate(LifeEventKind.DEATH, birth.minusDays(1), birth, null, "occurredOn")))
                    .containsExactly("DEATH_BEFORE_BIRTH");
            assertThat(errors(RULES.eventDate(LifeEventKind.MOVE_OUT, birth.minusDays(1), birth, null, "occurredOn")))
                    .containsExactly("EVENT_BEFORE_BIRTH");
            assertThat(errors(RULES.eventDate(LifeEventKind.MOVE_OUT, TODAY.plusDays(1), birth, null, "occurredOn")))
                    .containsExactly("EVENT_IN_FUTURE");
            assertThat(errors(RULES.eventDate(
                            LifeEventKind.MOVE_WITHIN,
                            LocalDate.of(2020, 1, 1),
                            birth,
                            LocalDate.of(2021, 1, 1),
                            "occurredOn")))
                    .containsExactly("EVENT_BEFORE_RESIDENCE");
            assertThat(errors(RULES.eventDate(LifeEventKind.DEATH, null, birth, null, "occurredOn")))
                    .containsExactly("REQUIRED");
            assertThat(RULES.eventDate(LifeEventKind.DEATH, birth, birth, birth, "occurredOn"))
                    .isEmpty();
        }

        @Test
        void aKkNumberWithDefects() {
            assertThat(errors(RULES.kkNumber("3672012106140000", "kkNumber"))).containsExactly("KK_SERIAL_ZERO");
            assertThat(errors(RULES.kkNumber("9972012106140001", "kkNumber"))).containsExactly("KK_PROVINCE_UNKNOWN");
            assertThat(errors(RULES.kkNumber("3672013206140001", "kkNumber"))).containsExactly("KK_DATE_INVALID");
            assertThat(RULES.kkNumber("3672012106140001", "kkNumber")).isEmpty();
        }
    }

    @Nested
    class WarnsOf {

        @Test
        void marriageUnder19() {
            ResidentDetails young = with(man(), "3672011407100001", Sex.MALE, LocalDate.of(2010, 7, 14), 2);
            assertThat(RULES.details(young, "")).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("MARRIED_UNDER_19");
                assertThat(v.isError()).isFalse();
                assertThat(v.arguments()).containsExactly(16, 19);
            });
            ResidentDetails nineteen = with(man(), "3672012711070001", Sex.MALE, LocalDate.of(2007, 11, 27), 2);
            assertThat(RULES.details(nineteen, "")).isEmpty();
        }

        @Test
        void aChildOlderThanAParent() {
            LocalDate head = LocalDate.of(1980, 1, 1);
            List<Member> family = List.of(
                    new Member("h.", 1L, CodeLists.HEAD, head, false),
                    new Member("w.", 2L, CodeLists.WIFE, LocalDate.of(1985, 1, 1), false),
                    new Member("c.", 3L, CodeLists.CHILD, LocalDate.of(1984, 1, 1), true));
            assertThat(RULES.household(family, "members"))
                    .extracting(RuleViolation::code, RuleViolation::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CHILD_OLDER_THAN_PARENT", "c.birthDate"));
        }

        @Test
        void aParentYoungerThanTheHead() {
            List<Member> family = List.of(
                    new Member("h.", 1L, CodeLists.HEAD, LocalDate.of(1980, 1, 1), false),
                    new Member("p.", 2L, CodeLists.PARENT, LocalDate.of(1990, 1, 1), true));
            assertThat(warnings(RULES.household(family, "members"))).containsExactly("CHILD_OLDER_THAN_PARENT");
            assertThat(RULES.household(family, "members").get(0).field()).isEqualTo("p.birthDate");
        }

        @Test
        void anOccupationThatSaysWorkingBesideALabourBlockThatSaysLookingForWork() {
            assertThat(warnings(
                            RULES.labour(answer(LabourActivity.LOOKING_FOR_WORK, TODAY), man().birthDate(), 15, "")))
                    .containsExactly("LABOUR_OCCUPATION_MISMATCH");
            assertThat(RULES.labour(answer(LabourActivity.LOOKING_FOR_WORK, TODAY), man().birthDate(), 1, ""))
                    .isEmpty();
            assertThat(RULES.labour(answer(LabourActivity.WORKED, TODAY), man().birthDate(), 15, ""))
                    .isEmpty();
        }

        @Test
        void aLabourBlockOlderThanSixMonths() {
            assertThat(warnings(RULES.labour(
                            answer(LabourActivity.WORKED, TODAY.minusMonths(6).minusDays(1)),
                            man().birthDate(),
                            15,
                            "")))
                    .containsExactly("LABOUR_BLOCK_STALE");
            assertThat(RULES.labour(answer(LabourActivity.WORKED, TODAY.minusMonths(6)), man().birthDate(), 15, ""))
                    .isEmpty();
        }
    }

    static LabourAnswer answer(LabourActivity activity, LocalDate on) {
        return new LabourAnswer(activity, on, null, null, null);
    }

    @Test
    void confirmsOnlyWarningsThatStayTrueUntilTheDataChange() {
        assertThat(RegistryRules.CONFIRMABLE).doesNotContain("LABOUR_BLOCK_STALE", "LABOUR_BLOCK_MISSING");
        assertThat(codes(List.of())).isEmpty();
    }
}
