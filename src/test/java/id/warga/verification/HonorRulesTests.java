package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.region.HeadTerm;
import id.warga.region.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who earns the honor, decided around the deadline day in the city's calendar. */
class HonorRulesTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final YearMonth JUNE = YearMonth.of(2025, 6);
    static final LocalDate DEADLINE = LocalDate.of(2025, 6, 25);
    static final HeadTerm HEAD = new HeadTerm(
            1,
            11,
            "SUPRIYADI",
            RegionCode.of("36.72.08.1004.901.001"),
            "KETUA_RT",
            "SK 1",
            LocalDate.of(2024, 1, 2),
            null);

    static AttestationView attested(Instant at, Integer pending, Integer warnings) {
        return new AttestationView(
                "36.72.08.1004.901.001",
                "RT",
                JUNE,
                DEADLINE,
                "rt.x",
                at,
                Attestation.onTime(at, DEADLINE, JAKARTA),
                40,
                0,
                6,
                100,
                0,
                warnings,
                pending,
                null,
                null,
                null);
    }

    @Nested
    class OnTime {

        @Test
        void theLastMinuteOfTheDeadlineDayInJakartaIsOnTime() {
            // 23:59 WIB on 25 June is 16:59 UTC
            assertThat(Attestation.onTime(Instant.parse("2025-06-25T16:59:00Z"), DEADLINE, JAKARTA))
                    .isTrue();
        }

        @Test
        void aMinuteAfterMidnightInJakartaIsLateThoughStillTheDeadlineDayInUtc() {
            // 00:01 WIB on 26 June is still 25 June in UTC
            assertThat(Attestation.onTime(Instant.parse("2025-06-25T17:01:00Z"), DEADLINE, JAKARTA))
                    .isFalse();
        }

        @Test
        void earlierInTheMonthIsOnTime() {
            assertThat(Attestation.onTime(Instant.parse("2025-06-01T01:00:00Z"), DEADLINE, JAKARTA))
                    .isTrue();
        }
    }

    @Test
    void anRtAttestedByTheDeadlineEarnsItUnderTheDefaultRule() {
        HonorRules.Decision d = HonorRules.rt(
                HEAD, attested(Instant.parse("2025-06-25T16:59:00Z"), 3, 10), HonorRule.ATTESTED_BY_DEADLINE);
        assertThat(d).isEqualTo(new HonorRules.Decision(true, "ATTESTED_ON_TIME"));
    }

    @Test
    void anRtAttestedAMinuteLateDoesNot() {
        HonorRules.Decision d = HonorRules.rt(
                HEAD, attested(Instant.parse("2025-06-25T17:01:00Z"), 0, 0), HonorRule.ATTESTED_BY_DEADLINE);
        assertThat(d).isEqualTo(new HonorRules.Decision(false, "ATTESTED_LATE"));
    }

    @Test
    void anRtNeverAttestedDoesNot() {
        assertThat(HonorRules.rt(HEAD, null, HonorRule.ATTESTED_BY_DEADLINE))
                .isEqualTo(new HonorRules.Decision(false, "NOT_ATTESTED"));
    }

    @Test
    void aVacantOfficeEarnsNothingEvenWhenTheRtWasAttested() {
        assertThat(HonorRules.rt(
                        null, attested(Instant.parse("2025-06-02T01:00:00Z"), 0, 0), HonorRule.ATTESTED_BY_DEADLINE))
                .isEqualTo(new HonorRules.Decision(false, "NO_HEAD"));
    }

    @Test
    void theStrictRuleAsksForNothingWaitingAndNoOpenWarning() {
        Instant early = Instant.parse("2025-06-02T01:00:00Z");
        assertThat(HonorRules.rt(HEAD, attested(early, 1, 0), HonorRule.ATTESTED_BY_DEADLINE_CLEAN))
                .isEqualTo(new HonorRules.Decision(false, "NOT_CLEAN"));
        assertThat(HonorRules.rt(HEAD, attested(early, 0, 2), HonorRule.ATTESTED_BY_DEADLINE_CLEAN))
                .isEqualTo(new HonorRules.Decision(false, "NOT_CLEAN"));
        assertThat(HonorRules.rt(HEAD, attested(early, 0, 0), HonorRule.ATTESTED_BY_DEADLINE_CLEAN))
                .isEqualTo(new HonorRules.Decision(true, "ATTESTED_ON_TIME"));
    }

    @Test
    void underTheStrictRuleAnRwEarnsItOnlyWhenEveryRtDid() {
        AttestationView rw = attested(Instant.parse("2025-06-20T01:00:00Z"), 0, 0);
        assertThat(HonorRules.rw(HEAD, rw, HonorRule.ATTESTED_BY_DEADLINE_CLEAN, false))
                .isEqualTo(new HonorRules.Decision(false, "RTS_NOT_CLEAN"));
        assertThat(HonorRules.rw(HEAD, rw, HonorRule.ATTESTED_BY_DEADLINE_CLEAN, true))
                .isEqualTo(new HonorRules.Decision(true, "ATTESTED_ON_TIME"));
        assertThat(HonorRules.rw(HEAD, rw, HonorRule.ATTESTED_BY_DEADLINE, false))
                .isEqualTo(new HonorRules.Decision(true, "ATTESTED_ON_TIME"));
    }

    @Nested
    class TheAttestationItself {

        static RtChecklist checklist(YearMonth month, AttestationView made) {
            return new RtChecklist(
                    "36.72.08.1004.901.001",
                    "RT 001/RW 901",
                    month,
                    DEADLINE,
                    false,
                    40,
                    2,
                    6,
                    DEADLINE.minusMonths(6),
                    100,
                    5,
                    7,
                    1,
                    0,
                    made);
        }

        @Test
        void recordsTheChecklistAsItStoodAndWhetherItWasOnTime() {
            AttestationView made =
                    Attestation.rt(checklist(JUNE, null), "rt.x", Instant.parse("2025-06-26T01:00:00Z"), JUNE, JAKARTA);
            assertThat(made.onTime()).isFalse();
            assertThat(List.of(
                            made.householdsNotReviewed(),
                            made.labourNotCurrent(),
                            made.openWarnings(),
                            made.pendingSubmissions()))
                    .containsExactly(2, 5, 7, 1);
        }

        @Test
        void isRefusedForAMonthThatIsOverOrHasNotStarted() {
            assertThatThrownBy(() ->
                            Attestation.rt(checklist(JUNE.minusMonths(1), null), "rt.x", Instant.now(), JUNE, JAKARTA))
                    .hasMessage("ATTESTATION_MONTH_CLOSED");
            assertThatThrownBy(() ->
                            Attestation.rt(checklist(JUNE.plusMonths(1), null), "rt.x", Instant.now(), JUNE, JAKARTA))
                    .hasMessage("ATTESTATION_MONTH_NOT_OPEN");
        }

        @Test
        void isMadeOnce() {
            AttestationView first = Attestation.rt(checklist(JUNE, null), "rt.x", Instant.now(), JUNE, JAKARTA);
            assertThatThrownBy(() -> Attestation.rt(checklist(JUNE, first), "rt.y", Instant.now(), JUNE, JAKARTA))
                    .hasMessage("ALREADY_ATTESTED");
        }

        @Test
        void anRwWithRtsMissingNeedsTheHeadsAcknowledgement() {
            RwChecklist rw = new RwChecklist(
                    "36.72.08.1004.901",
                    "RW 901",
                    JUNE,
                    DEADLINE,
                    false,
                    List.of(
                            new RwChecklist.RtStatus("36.72.08.1004.901.001", "RT 001/RW 901", checklistMade()),
                            new RwChecklist.RtStatus("36.72.08.1004.901.002", "RT 002/RW 901", null)),
                    0,
                    null);
            assertThatThrownBy(() -> Attestation.rw(rw, false, "rw.x", Instant.now(), JUNE, JAKARTA))
                    .hasMessage("RW_RTS_NOT_ATTESTED");
            AttestationView made =
                    Attestation.rw(rw, true, "rw.x", Instant.parse("2025-06-10T01:00:00Z"), JUNE, JAKARTA);
            assertThat(made.rts()).isEqualTo(2);
            assertThat(made.rtsAttested()).isEqualTo(1);
            assertThat(made.onTime()).isTrue();
        }

        private AttestationView checklistMade() {
            return attested(Instant.parse("2025-06-05T01:00:00Z"), 0, 0);
        }
    }
}
