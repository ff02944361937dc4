package id.warga.programmes;

import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.RefusedException.Kind;
import java.math.BigDecimal;
import java.util.List;

/**
 * A resident's scholarship: the aggregate of its small workflow. An application is awarded (within
 * the quota, with a GPA good enough to continue) or rejected with a reason; an award ends with a
 * reason. Money is paid per semester while awarded, semester by semester up to the limit, each
 * after a GPA good enough to continue.
 */
final class Scholarship {

    private final long id;
    private ScholarshipStatus status;
    private final int semester;
    private final BigDecimal gpa;
    private String reason;
    private final int version;

    Scholarship(long id, ScholarshipStatus status, int semester, BigDecimal gpa, String reason, int version) {
        this.id = id;
        this.status = status;
        this.semester = semester;
        this.gpa = gpa;
        this.reason = reason;
        this.version = version;
    }

    /** The city awards an application; {@code awarded} scholarships exist already, of at most {@code quota}. */
    void award(ProgrammeSettings.Scholarship rules, long awarded) {
        if (status != ScholarshipStatus.APPLIED) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SCHOLARSHIP_NOT_APPLIED", label(status));
        }
        if (semester > 1 && (gpa == null || gpa.compareTo(rules.minimumGpa()) < 0)) {
            throw new ProgrammeRuleException(
                    Kind.INVALID,
                    "INPUT_INVALID",
                    List.of(RuleViolation.error("GPA_TOO_LOW", "gpa", gpa == null ? "—" : gpa, rules.minimumGpa())));
        }
        if (awarded >= rules.quota()) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SCHOLARSHIP_QUOTA_REACHED", rules.quota());
        }
        status = ScholarshipStatus.AWARDED;
    }

    /** The city rejects an application, saying why. */
    void reject(String why) {
        if (status != ScholarshipStatus.APPLIED) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SCHOLARSHIP_NOT_APPLIED", label(status));
        }
        reason = requireReason(why);
        status = ScholarshipStatus.REJECTED;
    }

    /** The city ends an award (graduated, stopped, GPA too low), saying why. */
    void end(String why) {
        if (status != ScholarshipStatus.AWARDED) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SCHOLARSHIP_NOT_AWARDED", label(status));
        }
        reason = requireReason(why);
        status = ScholarshipStatus.ENDED;
    }

    /**
     * Checks a payment for {@code paidSemester} after the GPA {@code semesterGpa}: only while awarded,
     * within the limit, not twice, and (after the first) only with a GPA good enough to continue.
     */
    void checkDisbursement(
            ProgrammeSettings.Scholarship rules, int paidSemester, BigDecimal semesterGpa, List<Integer> paid) {
        if (status != ScholarshipStatus.AWARDED) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SCHOLARSHIP_NOT_AWARDED", label(status));
        }
        if (paidSemester < 1 || paidSemester > rules.maxSemesters()) {
            throw ProgrammeRuleException.invalid(
                    List.of(RuleViolation.error("SEMESTER_RANGE", "semester", rules.maxSemesters())));
        }
        if (paid.contains(paidSemester)) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SEMESTER_ALREADY_PAID", paidSemester);
        }
        if (paidSemester > 1 && (semesterGpa == null || semesterGpa.compareTo(rules.minimumGpa()) < 0)) {
            throw ProgrammeRuleException.invalid(List.of(RuleViolation.error(
                    "GPA_TOO_LOW", "gpa", semesterGpa == null ? "—" : semesterGpa, rules.minimumGpa())));
        }
        if (semesterGpa != null && (semesterGpa.signum() < 0 || semesterGpa.compareTo(BigDecimal.valueOf(4)) > 0)) {
            throw ProgrammeRuleException.invalid(List.of(RuleViolation.error("GPA_RANGE", "gpa")));
        }
    }

    private static String requireReason(String why) {
        String text = why == null ? "" : why.strip();
        if (text.isEmpty()) {
            throw ProgrammeRuleException.invalid(List.of(RuleViolation.error("REASON_REQUIRED", "reason")));
        }
        if (text.length() > 500) {
            throw ProgrammeRuleException.invalid(List.of(RuleViolation.error("REASON_TOO_LONG", "reason", 500)));
        }
        return text;
    }

    private static Object label(ScholarshipStatus status) {
        return Labels.of("programmes.scholarship.status." + status);
    }

    long id() {
        return id;
    }

    ScholarshipStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    int version() {
        return version;
    }
}
