package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LifeStatusTests {

    @Test
    void followsTheLifeEventsARegistryRecords() {
        assertThat(LifeStatus.ALIVE.after(LifeEventKind.DEATH)).isEqualTo(LifeStatus.DEAD);
        assertThat(LifeStatus.ALIVE.after(LifeEventKind.MOVE_OUT)).isEqualTo(LifeStatus.MOVED_OUT);
        assertThat(LifeStatus.ALIVE.after(LifeEventKind.MISSING)).isEqualTo(LifeStatus.MISSING);
        assertThat(LifeStatus.ALIVE.after(LifeEventKind.MOVE_WITHIN)).isEqualTo(LifeStatus.ALIVE);
        assertThat(LifeStatus.MISSING.after(LifeEventKind.RETURN)).isEqualTo(LifeStatus.ALIVE);
        assertThat(LifeStatus.MISSING.after(LifeEventKind.DEATH)).isEqualTo(LifeStatus.DEAD);
        assertThat(LifeStatus.MOVED_OUT.after(LifeEventKind.MOVE_IN)).isEqualTo(LifeStatus.ALIVE);
    }

    @Nested
    class Refuses {

        @Test
        void anyEventAfterDeath() {
            for (LifeEventKind kind : LifeEventKind.values()) {
                assertThatThrownBy(() -> LifeStatus.DEAD.after(kind))
                        .isInstanceOfSatisfying(
                                RuleViolationsException.class,
                                e -> assertThat(e.errors().get(0).code()).isEqualTo("EVENT_NOT_ALLOWED"));
            }
        }

        @Test
        void aReturnOfSomeoneWhoNeverLeft() {
            assertThatThrownBy(() -> LifeStatus.ALIVE.after(LifeEventKind.RETURN))
                    .isInstanceOf(RuleViolationsException.class);
        }

        @Test
        void movingSomeoneWhoIsMissing() {
            assertThatThrownBy(() -> LifeStatus.MISSING.after(LifeEventKind.MOVE_WITHIN))
                    .isInstanceOf(RuleViolationsException.class);
        }
    }

    @Test
    void derivesTheStateOnAPastDateFromResidenceAndEvents() {
        LocalDate born = LocalDate.of(2000, 1, 1);
        LocalDate moved = LocalDate.of(2010, 6, 1);
        LocalDate died = LocalDate.of(2020, 3, 3);
        var periods = List.of(
                new ResidentHistory.ResidencePeriod(1, "k1", "36.72.01.1001.001.001", born, moved),
                new ResidentHistory.ResidencePeriod(2, "k2", "36.72.01.1001.001.002", moved, died));
        var events = List.of(
                event(1, LifeEventKind.BIRTH, born),
                event(2, LifeEventKind.MOVE_WITHIN, moved),
                event(3, LifeEventKind.DEATH, died));

        assertThat(ResidentHistory.derive(periods, events, born.minusDays(1)).lifeStatus())
                .isNull();
        assertThat(ResidentHistory.derive(periods, events, born).rtCode()).isEqualTo("36.72.01.1001.001.001");
        assertThat(ResidentHistory.derive(periods, events, moved.minusDays(1)).householdId())
                .isEqualTo(1L);
        assertThat(ResidentHistory.derive(periods, events, moved).rtCode()).isEqualTo("36.72.01.1001.001.002");
        assertThat(ResidentHistory.derive(periods, events, died).lifeStatus()).isEqualTo(LifeStatus.DEAD);
        assertThat(ResidentHistory.derive(periods, events, died).rtCode()).isNull();
    }

    static LifeEventView event(long id, LifeEventKind kind, LocalDate on) {
        return new LifeEventView(id, kind, 7L, 1L, null, on, null, null, null, "rt", Instant.EPOCH);
    }
}
