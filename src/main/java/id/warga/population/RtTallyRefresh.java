package id.warga.population;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the per-RT counts current as time passes: a few seconds after start and then every few
 * minutes, RTs counted before today (or loaded in bulk, their warnings not yet counted) are
 * counted again. When nothing is stale this costs one indexed query.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RtTallyRefresh {

    private static final Logger log = LoggerFactory.getLogger(RtTallyRefresh.class);

    private final RtTallies tallies;

    RtTallyRefresh(RtTallies tallies) {
        this.tallies = tallies;
    }

    @Scheduled(
            initialDelayString = "${warga.population.tally-refresh.initial-delay:PT20S}",
            fixedDelayString = "${warga.population.tally-refresh.interval:PT5M}")
    void refresh() {
        try {
            tallies.refreshStale(LocalDate.now());
        } catch (RuntimeException e) {
            log.warn("Counting RTs afresh failed; will try again: {}", e.getMessage());
        }
    }
}
