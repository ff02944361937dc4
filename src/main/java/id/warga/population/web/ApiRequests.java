package id.warga.population.web;

import id.warga.population.LabourActivity;
import id.warga.population.LabourAnswer;
import id.warga.population.LifeEventKind;
import id.warga.population.ResidentDetails;
import id.warga.population.RuleViolationsException;
import id.warga.population.Sex;
import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The registry API's request bodies, flat and forgiving in type (enums arrive as text and are
 * read here, so an unknown value is a clear violation rather than a parse failure), and their
 * translation into commands.
 */
final class ApiRequests {

    static final int MAX_CONFIRMATIONS = 20;

    private ApiRequests() {}

    /** Who a resident is, as the API receives it. */
    record Person(
            String nik,
            String name,
            String sex,
            String birthPlace,
            LocalDate birthDate,
            Integer religion,
            Integer maritalStatus,
            Integer education,
            Integer occupation,
            Integer relation,
            Integer citizenship,
            String phone) {}

    record Labour(
            String activity, LocalDate referenceDate, Integer hoursWorked, Integer employmentStatus, String skills) {}

    record NewMember(
            String nik,
            String name,
            String sex,
            String birthPlace,
            LocalDate birthDate,
            Integer religion,
            Integer maritalStatus,
            Integer education,
            Integer occupation,
            Integer relation,
            Integer citizenship,
            String phone,
            Labour labour) {

        Person person() {
            return new Person(
                    nik,
                    name,
                    sex,
                    birthPlace,
                    birthDate,
                    religion,
                    maritalStatus,
                    education,
                    occupation,
                    relation,
                    citizenship,
                    phone);
        }
    }

    record RegisterHousehold(
            String kkNumber,
            String address,
            String rtCode,
            LocalDate since,
            List<NewMember> members,
            List<String> confirmedWarnings) {}

    record ChangeHousehold(Integer version, String kkNumber, String address) {}

    record ChangeHead(Integer version, Long residentId, Integer formerHeadRelation) {}

    record MoveHousehold(Integer version, String toRtCode, String address, LocalDate occurredOn, String note) {}

    record SplitMember(Long residentId, Integer relation) {}

    record SplitHousehold(
            Integer version,
            String kkNumber,
            String address,
            String rtCode,
            LocalDate occurredOn,
            List<SplitMember> members,
            Long remainingHeadId,
            List<String> confirmedWarnings) {}

    record AddMember(
            Integer version,
            String reason,
            LocalDate occurredOn,
            String nik,
            String name,
            String sex,
            String birthPlace,
            LocalDate birthDate,
            Integer religion,
            Integer maritalStatus,
            Integer education,
            Integer occupation,
            Integer relation,
            Integer citizenship,
            String phone,
            Labour labour,
            List<String> confirmedWarnings) {

        Person person() {
            return new Person(
                    nik,
                    name,
                    sex,
                    birthPlace,
                    birthDate,
                    religion,
                    maritalStatus,
                    education,
                    occupation,
                    relation,
                    citizenship,
                    phone);
        }
    }

    record ChangeResident(
            Integer version,
            String nik,
            String name,
            String sex,
            String birthPlace,
            LocalDate birthDate,
            Integer religion,
            Integer maritalStatus,
            Integer education,
            Integer occupation,
            Integer relation,
            Integer citizenship,
            String phone,
            List<String> confirmedWarnings) {

        Person person() {
            return new Person(
                    nik,
                    name,
                    sex,
                    birthPlace,
                    birthDate,
                    religion,
                    maritalStatus,
                    education,
                    occupation,
                    relation,
                    citizenship,
                    phone);
        }
    }

    record AnswerLabour(
            Integer version,
            String activity,
            LocalDate referenceDate,
            Integer hoursWorked,
            Integer employmentStatus,
            String skills,
            List<String> confirmedWarnings) {}

    record LifeEvent(
            Integer version,
            String kind,
            LocalDate occurredOn,
            String toKkNumber,
            Integer relation,
            Long newHeadId,
            String note,
            List<String> confirmedWarnings) {}

    record Confirmation(String code) {}

    /** Collects what cannot even become a command (a missing version, an unknown enum value). */
    static final class Reader {

        private final List<RuleViolation> found = new ArrayList<>();

        int version(Integer version) {
            if (version == null) {
                found.add(RuleViolation.error("REQUIRED", "version", label("version")));
                return -1;
            }
            return version;
        }

        long id(Long id, String field) {
            if (id == null) {
                found.add(RuleViolation.error("REQUIRED", field, label(field)));
                return -1;
            }
            return id;
        }

        <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                found.add(RuleViolation.error("CODE_UNKNOWN", field, label(field), abbreviate(value)));
                return null;
            }
        }

        ResidentDetails details(Person p, String prefix) {
            if (p == null) {
                return null;
            }
            return new ResidentDetails(
                    p.nik(),
                    p.name(),
                    choice(Sex.class, p.sex(), prefix + "sex"),
                    p.birthPlace(),
                    p.birthDate(),
                    p.religion(),
                    p.maritalStatus(),
                    p.education(),
                    p.occupation(),
                    p.relation(),
                    p.citizenship() == null ? 1 : p.citizenship(),
                    p.phone());
        }

        LabourAnswer labour(Labour l, String prefix) {
            if (l == null) {
                return null;
            }
            return new LabourAnswer(
                    choice(LabourActivity.class, l.activity(), prefix + "activity"),
                    l.referenceDate(),
                    l.hoursWorked(),
                    l.employmentStatus(),
                    l.skills());
        }

        LifeEventKind kind(String value, String field) {
            return choice(LifeEventKind.class, value, field);
        }

        Set<String> confirmations(List<String> codes) {
            if (codes == null) {
                return Set.of();
            }
            if (codes.size() > MAX_CONFIRMATIONS) {
                found.add(RuleViolation.error("TOO_MANY", "confirmedWarnings", MAX_CONFIRMATIONS));
                return Set.of();
            }
            Set<String> set = new LinkedHashSet<>();
            for (String code : codes) {
                if (code != null && code.length() <= 60) {
                    set.add(code.strip());
                }
            }
            return set;
        }

        /** Throws the violations found so far, if any: nothing reaches the registry half-read. */
        void done() {
            if (!found.isEmpty()) {
                throw new RuleViolationsException(found);
            }
        }

        static org.springframework.context.MessageSourceResolvable label(String field) {
            String leaf = field.substring(field.lastIndexOf('.') + 1);
            return new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {"field." + leaf}, leaf);
        }

        private static String abbreviate(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
