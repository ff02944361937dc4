package id.warga.analytics.internal;

import id.warga.analytics.AnalyticsSettings;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Which month is current, in the city's time zone; tests may supply a {@link Clock} bean. */
@Component
public class AnalyticsCalendar {

    private final Clock clock;
    private final AnalyticsSettings settings;

    AnalyticsCalendar(ObjectProvider<Clock> clock, AnalyticsSettings settings) {
        this.settings = settings;
        this.clock = clock.getIfAvailable(() -> Clock.system(settings.zone()));
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(settings.zone()));
    }

    public CountingMonth counting(YearMonth month) {
        return new CountingMonth(month, settings.labourBlockMonths());
    }
}
