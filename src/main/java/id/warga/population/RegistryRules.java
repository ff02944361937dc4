package id.warga.population;

import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The registry's rules on a single record or one household, as pure functions of the data, the
 * day and the official lists. Errors block a command; warnings ask for confirmation. Rules that
 * need the rest of the registry (a NIK held by someone else, a KK number taken) are checked where
 * commands are applied. Every code has a message {@code rule.<CODE>} in both bundles.
 */
final class RegistryRules {

    static final int LABOUR_MIN_AGE = 15;
    static final int MARRIAGE_MIN_AGE = 19;
    static final int LABOUR_CURRENT_MONTHS = 6;
    static final int MAX_AGE = 130;
    static final int NAME_MAX = 100;
    static final int PLACE_MAX = 100;
    static final int ADDRESS_MAX = 200;
    static final int NOTE_MAX = 500;
    static final int SKILLS_MAX = 500;

    /** Warnings that stay true until the data change, so a confirmation of them is remembered. */
    static final Set<String> CONFIRMABLE = Set.of(
            "CHILD_OLDER_THAN_PARENT", "MARRIED_UNDER_19", "LABOUR_OCCUPATION_MISMATCH", "NIK_KECAMATAN_UNKNOWN");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .,'`’-]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,19}");

    private final LocalDate today;
    private final Predicate<String> knownRegion;
    private final CodeLists codes;

    RegistryRules(LocalDate today, Predicate<String> knownRegion, CodeLists codes) {
        this.today = today;
        this.knownRegion = knownRegion;
        this.codes = codes;
    }

    LocalDate today() {
        return today;
    }

    /** Who a resident is: required fields, lengths, official codes, the NIK and its agreement with the record. */
    List<RuleViolation> details(ResidentDetails d, String prefix) {
        List<RuleViolation> found = new ArrayList<>();
        if (d == null) {
            found.add(required(prefix.isEmpty() ? "details" : prefix.substring(0, prefix.length() - 1)));
            return found;
        }
        text(found, d.name(), prefix + "name", NAME_MAX, true);
        if (d.name() != null
                && !d.name().isBlank()
                && d.name().strip().length() <= NAME_MAX
                && !NAME.matcher(d.name().strip()).matches()) {
            found.add(RuleViolation.error("NAME_INVALID", prefix + "name"));
        }
        text(found, d.birthPlace(), prefix + "birthPlace", PLACE_MAX, false);
        if (d.sex() == null) {
            found.add(required(prefix + "sex"));
        }
        if (d.birthDate() == null) {
            found.add(required(prefix + "birthDate"));
        } else if (d.birthDate().isAfter(today)) {
            found.add(RuleViolation.error("BIRTH_DATE_FUTURE", prefix + "birthDate", day(d.birthDate())));
        } else if (age(d.birthDate(), today) > MAX_AGE) {
            found.add(RuleViolation.error("BIRTH_DATE_IMPLAUSIBLE", prefix + "birthDate", MAX_AGE));
        }
        code(found, CodeLists.RELIGION, d.religion(), prefix + "religion", true);
        code(found, CodeLists.MARITAL_STATUS, d.maritalStatus(), prefix + "maritalStatus", true);
        code(found, CodeLists.EDUCATION, d.education(), prefix + "education", true);
        code(found, CodeLists.OCCUPATION, d.occupation(), prefix + "occupation", true);
        code(found, CodeLists.RELATION, d.relation(), prefix + "relation", true);
        code(found, CodeLists.CITIZENSHIP, d.citizenship(), prefix + "citizenship", false);
        if (d.phone() != null
                && !d.phone().isBlank()
                && !PHONE.matcher(d.phone().strip()).matches()) {
            found.add(RuleViolation.error("PHONE_INVALID", prefix + "phone"));
        }
        nik(found, d, prefix);
        if (d.birthDate() != null
                && !d.birthDate().isAfter(today)
                && d.maritalStatus() != null
                && d.maritalStatus() != CodeLists.SINGLE
                && age(d.birthDate(), today) < MARRIAGE_MIN_AGE) {
            found.add(RuleViolation.warning(
                    "MARRIED_UNDER_19", prefix + "maritalStatus", age(d.birthDate(), today), MARRIAGE_MIN_AGE));
        }
        return found;
    }

    private void nik(List<RuleViolation> found, ResidentDetails d, String prefix) {
        String field = prefix + "nik";
        if (d.nik() == null || d.nik().isBlank()) {
            // a newborn is registered before Dukcapil issues the NIK; everyone else has one
            boolean infant = d.birthDate() != null && !d.birthDate().isBefore(today.minusYears(1));
            if (!infant) {
                found.add(RuleViolation.error("NIK_EMPTY", field));
            }
            return;
        }
        Nik.Reading reading = Nik.read(d.nik(), today, knownRegion);
        reading.errors().forEach(e -> found.add(refield(e, field)));
        reading.warnings().forEach(w -> found.add(refield(w, field)));
        if (!reading.valid() || reading.birthDate() == null) {
            return;
        }
        LocalDate encoded = reading.birthDate();
        LocalDate recorded = d.birthDate();
        // the NIK carries a two-digit year: a centenarian's NIK reads as this century
        if (recorded != null
                && (encoded.getDayOfMonth() != recorded.getDayOfMonth()
                        || encoded.getMonthValue() != recorded.getMonthValue()
                        || encoded.getYear() % 100 != recorded.getYear() % 100)) {
            found.add(RuleViolation.error(
                    "NIK_BIRTH_DATE_MISMATCH",
                    field,
                    encoded.format(DateTimeFormatter.ofPattern("dd-MM-yy")),
                    day(recorded)));
        }
        if (d.sex() != null && reading.sex() != d.sex()) {
            found.add(RuleViolation.error(
                    "NIK_SEX_MISMATCH", field, Labels.of("sex." + reading.sex()), Labels.of("sex." + d.sex())));
        }
    }

    /** The labour block: only for 15+, dated, not in the future, details only for those who work. */
    List<RuleViolation> labour(LabourAnswer a, LocalDate birthDate, Integer occupation, String prefix) {
        List<RuleViolation> found = new ArrayList<>();
        if (a == null) {
            found.add(required(prefix + "activity"));
            return found;
        }
        if (a.activity() == null) {
            found.add(required(prefix + "activity"));
        }
        if (a.referenceDate() == null) {
            found.add(required(prefix + "referenceDate"));
        } else {
            if (a.referenceDate().isAfter(today)) {
                found.add(RuleViolation.error("LABOUR_REFERENCE_FUTURE", prefix + "referenceDate"));
            } else if (a.referenceDate().isBefore(today.minusMonths(LABOUR_CURRENT_MONTHS))) {
                found.add(RuleViolation.warning(
                        "LABOUR_BLOCK_STALE", prefix + "referenceDate", day(a.referenceDate()), LABOUR_CURRENT_MONTHS));
            }
            if (birthDate != null && age(birthDate, a.referenceDate()) < LABOUR_MIN_AGE) {
                found.add(RuleViolation.error(
                        "LABOUR_UNDER_15",
                        prefix + "activity",
                        Math.max(0, age(birthDate, a.referenceDate())),
                        LABOUR_MIN_AGE));
            }
        }
        if (a.hoursWorked() != null) {
            if (a.activity() != LabourActivity.WORKED) {
                found.add(RuleViolation.error("LABOUR_HOURS_NOT_WORKING", prefix + "hoursWorked"));
            } else if (a.hoursWorked() < 1 || a.hoursWorked() > 168) {
                found.add(RuleViolation.error("LABOUR_HOURS_RANGE", prefix + "hoursWorked", a.hoursWorked()));
            }
        }
        if (a.employmentStatus() != null) {
            if (a.status() != LabourStatus.EMPLOYED) {
                found.add(RuleViolation.error("LABOUR_STATUS_NOT_EMPLOYED", prefix + "employmentStatus"));
            } else {
                code(found, CodeLists.EMPLOYMENT_STATUS, a.employmentStatus(), prefix + "employmentStatus", false);
            }
        }
        text(found, a.skills(), prefix + "skills", SKILLS_MAX, false);
        if (a.status() == LabourStatus.UNEMPLOYED && occupationMeansWork(occupation)) {
            found.add(RuleViolation.warning(
                    "LABOUR_OCCUPATION_MISMATCH",
                    prefix + "activity",
                    codes.label(CodeLists.OCCUPATION, occupation),
                    Labels.of("labour.activity." + a.activity())));
        }
        return found;
    }

    /** An occupation that names a job (PNS … WIRASWASTA), as opposed to not working, home, school, retired or other. */
    static boolean occupationMeansWork(Integer occupation) {
        return occupation != null && occupation >= 5 && occupation <= 88;
    }

    /**
     * One household: exactly one head among its living members, and children, grandchildren and
     * parents in plausible order of age. Each violation names the member's field.
     */
    List<RuleViolation> household(List<Member> members, String membersField) {
        List<RuleViolation> found = new ArrayList<>();
        if (members.isEmpty()) {
            found.add(RuleViolation.error("MEMBERS_REQUIRED", membersField));
            return found;
        }
        List<Member> heads = members.stream()
                .filter(m -> m.relation() != null && m.relation() == CodeLists.HEAD)
                .toList();
        if (heads.size() > 1) {
            heads.stream()
                    .filter(Member::changed)
                    .findFirst()
                    .ifPresentOrElse(
                            m -> found.add(RuleViolation.error("HOUSEHOLD_TWO_HEADS", m.field() + "relation")),
                            () -> found.add(RuleViolation.error("HOUSEHOLD_TWO_HEADS", membersField)));
        } else if (heads.isEmpty()) {
            found.add(RuleViolation.error("HOUSEHOLD_NO_HEAD", membersField));
        }
        for (Member member : members) {
            if (member.birthDate() == null || member.relation() == null) {
                continue;
            }
            for (Member elder : members) {
                if (elder == member || elder.birthDate() == null || elder.relation() == null) {
                    continue;
                }
                if (isElderOf(elder.relation(), member.relation())
                        && !member.birthDate().isAfter(elder.birthDate())) {
                    // the head is only ever the younger one when a parent is recorded younger than them
                    Member subject = member.relation() == CodeLists.HEAD ? elder : member;
                    found.add(RuleViolation.warning("CHILD_OLDER_THAN_PARENT", subject.field() + "birthDate"));
                    break;
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /**
     * Whether someone with relation {@code elder} must be older than someone with {@code younger}:
     * a head and spouse than their children and grandchildren; parents and parents-in-law than the head.
     */
    private static boolean isElderOf(int elder, int younger) {
        boolean couple = elder == CodeLists.HEAD || elder == CodeLists.HUSBAND || elder == CodeLists.WIFE;
        if (couple && younger == CodeLists.CHILD) {
            return true;
        }
        if (elder == CodeLists.HEAD && younger == CodeLists.GRANDCHILD) {
            return true;
        }
        return (younger == CodeLists.HEAD) && (elder == CodeLists.PARENT || elder == CodeLists.PARENT_IN_LAW);
    }

    /** The date of a life event: given, not in the future, not before birth nor before the current residence. */
    List<RuleViolation> eventDate(
            LifeEventKind kind, LocalDate occurredOn, LocalDate birthDate, LocalDate residenceSince, String field) {
        List<RuleViolation> found = new ArrayList<>();
        if (occurredOn == null) {
            found.add(required(field));
            return found;
        }
        if (occurredOn.isAfter(today)) {
            found.add(RuleViolation.error("EVENT_IN_FUTURE", field, day(occurredOn)));
        }
        if (birthDate != null && occurredOn.isBefore(birthDate)) {
            found.add(RuleViolation.error(
                    kind == LifeEventKind.DEATH ? "DEATH_BEFORE_BIRTH" : "EVENT_BEFORE_BIRTH", field, day(birthDate)));
        } else if (residenceSince != null && occurredOn.isBefore(residenceSince)) {
            found.add(RuleViolation.error("EVENT_BEFORE_RESIDENCE", field, day(residenceSince)));
        }
        return found;
    }

    /** A KK number: 16 digits, a known province and kab/kota, a real issue date, serial from 0001. */
    List<RuleViolation> kkNumber(String kkNumber, String field) {
        return KkNumber.read(kkNumber, today, knownRegion).stream()
                .map(v -> refield(v, field))
                .toList();
    }

    static void text(List<RuleViolation> found, String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                found.add(required(field));
            }
        } else if (value.strip().length() > max) {
            found.add(RuleViolation.error("TOO_LONG", field, Labels.of("field." + leaf(field)), max));
        }
    }

    void code(List<RuleViolation> found, String list, Integer value, String field, boolean required) {
        if (value == null) {
            if (required) {
                found.add(required(field));
            }
        } else if (!codes.exists(list, value)) {
            found.add(RuleViolation.error("CODE_UNKNOWN", field, Labels.of("field." + leaf(field)), value));
        }
    }

    static RuleViolation required(String field) {
        return RuleViolation.error("REQUIRED", field, Labels.of("field." + leaf(field)));
    }

    static String leaf(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    static RuleViolation refield(RuleViolation v, String field) {
        return new RuleViolation(v.code(), field, v.severity(), v.arguments());
    }

    static int age(LocalDate birthDate, LocalDate on) {
        return on.isBefore(birthDate) ? -1 : Period.between(birthDate, on).getYears();
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** A member as the household rules see them; {@code field} prefixes their violations. */
    record Member(String field, Long residentId, Integer relation, LocalDate birthDate, boolean changed) {}
}
