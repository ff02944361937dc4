package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of a scholarship, allowed and forbidden, and the payment rules, without a database. */
class ScholarshipTests {

    static final ProgrammeSettings.Scholarship RULES =
            new ProgrammeSettings.Scholarship(5000, new BigDecimal("3.0"), 8, 3_000_000);

    static Scholarship in(ScholarshipStatus status, int semester, String gpa) {
        return new Scholarship(1, status, semester, gpa == null ? null : new BigDecimal(gpa), null, 0);
    }

    @Test
    void anApplicationIsAwardedWithinTheQuota() {
        Scholarship s = in(ScholarshipStatus.APPLIED, 3, "3.40");
        s.award(RULES, 4999);
        assertThat(s.status()).isEqualTo(ScholarshipStatus.AWARDED);
    }

    @Test
    void aFirstSemesterStudentNeedsNoGpa() {
        Scholarship s = in(ScholarshipStatus.APPLIED, 1, null);
        s.award(RULES, 0);
        assertThat(s.status()).isEqualTo(ScholarshipStatus.AWARDED);
    }

    @Test
    void anApplicationIsRejectedAndAnAwardEndedWithTheirReasons() {
        Scholarship rejected = in(ScholarshipStatus.APPLIED, 1, null);
        rejected.reject(" Bukan warga miskin ");
        assertThat(rejected.status()).isEqualTo(ScholarshipStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Bukan warga miskin");
        Scholarship ended = in(ScholarshipStatus.AWARDED, 1, null);
        ended.end("Lulus");
        assertThat(ended.status()).isEqualTo(ScholarshipStatus.ENDED);
    }

    @Test
    void aSemesterIsPaidWhileAwardedWithAGoodEnoughGpa() {
        in(ScholarshipStatus.AWARDED, 1, null).checkDisbursement(RULES, 1, null, List.of());
        in(ScholarshipStatus.AWARDED, 1, null).checkDisbursement(RULES, 8, new BigDecimal("3.00"), List.of(1, 2));
    }

    @Nested
    class Refuses {

        @Test
        void anAwardBeyondTheQuota() {
            assertRule(() -> in(ScholarshipStatus.APPLIED, 1, null).award(RULES, 5000), "SCHOLARSHIP_QUOTA_REACHED");
        }

        @Test
        void anAwardWithAGpaBelowThree() {
            assertViolation(() -> in(ScholarshipStatus.APPLIED, 2, "2.99").award(RULES, 0), "GPA_TOO_LOW");
            assertViolation(() -> in(ScholarshipStatus.APPLIED, 2, null).award(RULES, 0), "GPA_TOO_LOW");
        }

        @ParameterizedTest
        @EnumSource(value = ScholarshipStatus.class, names = "APPLIED", mode = EnumSource.Mode.EXCLUDE)
        void anAwardOrRejectionOfAnythingButAnApplication(ScholarshipStatus status) {
            assertRule(() -> in(status, 1, null).award(RULES, 0), "SCHOLARSHIP_NOT_APPLIED");
            assertRule(() -> in(status, 1, null).reject("x"), "SCHOLARSHIP_NOT_APPLIED");
        }

        @ParameterizedTest
        @EnumSource(value = ScholarshipStatus.class, names = "AWARDED", mode = EnumSource.Mode.EXCLUDE)
        void anEndOrPaymentOfAnythingButAnAward(ScholarshipStatus status) {
            assertRule(() -> in(status, 1, null).end("x"), "SCHOLARSHIP_NOT_AWARDED");
            assertRule(
                    () -> in(status, 1, null).checkDisbursement(RULES, 1, null, List.of()), "SCHOLARSHIP_NOT_AWARDED");
        }

        @Test
        void aRejectionOrEndWithoutReason() {
            assertViolation(() -> in(ScholarshipStatus.APPLIED, 1, null).reject(" "), "REASON_REQUIRED");
            assertViolation(() -> in(ScholarshipStatus.AWARDED, 1, null).end(null), "REASON_REQUIRED");
        }

        @Test
        void aNinthSemesterASemesterPaidTwiceOrAGpaTooLowToContinue() {
            Scholarship s = in(ScholarshipStatus.AWARDED, 1, null);
            assertViolation(() -> s.checkDisbursement(RULES, 9, new BigDecimal("3.9"), List.of()), "SEMESTER_RANGE");
            assertViolation(() -> s.checkDisbursement(RULES, 0, null, List.of()), "SEMESTER_RANGE");
            assertRule(
                    () -> s.checkDisbursement(RULES, 2, new BigDecimal("3.5"), List.of(1, 2)), "SEMESTER_ALREADY_PAID");
            assertViolation(() -> s.checkDisbursement(RULES, 2, new BigDecimal("2.75"), List.of(1)), "GPA_TOO_LOW");
            assertViolation(() -> s.checkDisbursement(RULES, 2, null, List.of(1)), "GPA_TOO_LOW");
            assertViolation(() -> s.checkDisbursement(RULES, 2, new BigDecimal("4.5"), List.of(1)), "GPA_RANGE");
        }
    }

    static void assertRule(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        ProgrammeRuleException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    static void assertViolation(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        ProgrammeRuleException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code())
                                .containsExactly(code));
    }
}
