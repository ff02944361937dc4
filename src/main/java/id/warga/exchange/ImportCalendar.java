package id.warga.exchange;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The day an import's rules are judged on (a newborn's missing NIK, a birth date in the future)
 * and from which imported residents are recorded as living in their RT. Today, unless a test pins
 * the day its sample file was written for.
 */
@Component
class ImportCalendar {

    private volatile LocalDate pinned;

    LocalDate today() {
        LocalDate day = pinned;
        return day == null ? LocalDate.now() : day;
    }

    void pin(LocalDate day) {
        this.pinned = day;
    }
}
