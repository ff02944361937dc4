package id.warga.analytics;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the figures are drawn: the city's time zone (months begin at local midnight), how many
 * months a labour answer stays current, the smallest labour force for an area to rank as a
 * hotspot, and the smallest count the open data publish.
 */
@ConfigurationProperties("warga.analytics")
public record AnalyticsSettings(
        @DefaultValue("Asia/Jakarta") ZoneId zone,
        @DefaultValue("6") int labourBlockMonths,
        @DefaultValue("30") int hotspotMinimumLabourForce,
        @DefaultValue("5") int openDataMinimumCount) {

    public AnalyticsSettings {
        if (labourBlockMonths < 1) {
            throw new IllegalArgumentException("warga.analytics.labour-block-months must be at least 1");
        }
        if (hotspotMinimumLabourForce < 1) {
            throw new IllegalArgumentException("warga.analytics.hotspot-minimum-labour-force must be at least 1");
        }
        if (openDataMinimumCount < 1) {
            throw new IllegalArgumentException("warga.analytics.open-data-minimum-count must be at least 1");
        }
    }
}
