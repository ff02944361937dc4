package id.warga.population.web;

import id.warga.population.CodeLists;
import id.warga.population.ResidentDetails;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import id.warga.population.web.Forms.MemberForm;
import java.util.List;
import java.util.Map;

/** Between a resident's record and the member form: filling it in, and reading it back into details. */
final class MemberPages {

    static final List<String> CODE_FIELDS = List.of(
            "religion", "maritalStatus", "education", "occupation", "relation", "citizenship", "employmentStatus");

    private MemberPages() {}

    static ResidentDetails details(MemberForm f, PageSupport.FormReader read) {
        Integer citizenship = read.number(f.citizenship(), "citizenship");
        return new ResidentDetails(
                f.nik() == null ? null : f.nik().replace(" ", ""),
                f.name() == null ? null : f.name().strip().toUpperCase(java.util.Locale.ROOT),
                read.choice(Sex.class, f.sex(), "sex"),
                f.birthPlace() == null ? null : f.birthPlace().strip().toUpperCase(java.util.Locale.ROOT),
                read.date(f.birthDate(), "birthDate"),
                read.number(f.religion(), "religion"),
                read.number(f.maritalStatus(), "maritalStatus"),
                read.number(f.education(), "education"),
                read.number(f.occupation(), "occupation"),
                read.number(f.relation(), "relation"),
                citizenship == null ? 1 : citizenship,
                f.phone());
    }

    static MemberForm of(ResidentView r, String requestKey) {
        return new MemberForm(
                requestKey,
                r.version(),
                null,
                null,
                null,
                null,
                r.nik(),
                r.name(),
                r.sex().name(),
                r.birthPlace(),
                r.birthDate() == null ? null : r.birthDate().toString(),
                text(r.religion()),
                text(r.maritalStatus()),
                text(r.education()),
                text(r.occupation()),
                text(r.relation()),
                text(r.citizenship()),
                r.phone(),
                List.of());
    }

    /** A member form filled from the details of a change sent back for a fix, on top of the current version. */
    static MemberForm fromDetails(
            ResidentDetails d,
            String requestKey,
            Integer version,
            String reason,
            java.time.LocalDate occurredOn,
            String kkNumber,
            String address) {
        return new MemberForm(
                requestKey,
                version,
                reason,
                occurredOn == null ? null : occurredOn.toString(),
                kkNumber,
                address,
                d.nik(),
                d.name(),
                d.sex() == null ? null : d.sex().name(),
                d.birthPlace(),
                d.birthDate() == null ? null : d.birthDate().toString(),
                text(d.religion()),
                text(d.maritalStatus()),
                text(d.education()),
                text(d.occupation()),
                text(d.relation()),
                text(d.citizenship()),
                d.phone(),
                List.of());
    }

    /** The current record in the member form's terms, for a side-by-side view after a stale write. */
    static Map<String, String> current(ResidentView r) {
        return of(r, null).fields();
    }

    /** A newborn joining a household: most codes are those of a baby; religion follows the head. */
    static MemberForm newborn(ResidentView head, String requestKey, int householdVersion) {
        return new MemberForm(
                requestKey,
                householdVersion,
                "BIRTH",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                java.time.LocalDate.now().toString(),
                head == null ? "1" : text(head.religion()),
                "1",
                "1",
                "1",
                String.valueOf(CodeLists.CHILD),
                "1",
                null,
                List.of());
    }

    static MemberForm arrival(String requestKey, int householdVersion) {
        return new MemberForm(
                requestKey,
                householdVersion,
                "MOVE_IN",
                java.time.LocalDate.now().toString(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "1",
                "1",
                null,
                null,
                null,
                "1",
                null,
                List.of());
    }

    static String text(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
