package id.warga.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A scholarship as officers see it: the resident's NIK (masked outside their area) and place, the
 * study, the state and its reason, who decided, the semesters paid and what the reader may do now.
 */
public record ScholarshipView(
        long id,
        String nik,
        String rtCode,
        String place,
        String university,
        String studyProgramme,
        int semester,
        BigDecimal gpa,
        ScholarshipStatus status,
        String reason,
        String appliedBy,
        Instant appliedAt,
        String decidedBy,
        Instant decidedAt,
        int version,
        List<Disbursement> disbursements,
        Set<String> actions) {

    public Rupiah paid() {
        return disbursements.stream().map(Disbursement::amount).reduce(Rupiah.ZERO, Rupiah::plus);
    }

    public record Disbursement(
            int semester, BigDecimal gpa, Rupiah amount, java.time.LocalDate paidOn, String recordedBy) {}
}
