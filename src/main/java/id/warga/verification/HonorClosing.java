package id.warga.verification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps last month's honor list once it is over: every six hours (the first a quarter of an hour after start, when a new demo city is complete),
 * the previous month is closed if nobody has opened it yet. Closing twice does nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HonorClosing {

    private static final Logger log = LoggerFactory.getLogger(HonorClosing.class);

    private final HonorList honors;
    private final VerificationSettings settings;

    HonorClosing(HonorList honors, VerificationSettings settings) {
        this.honors = honors;
        this.settings = settings;
    }

    @Scheduled(
            initialDelayString = "${warga.verification.honor.closing.initial-delay:PT15M}",
            fixedDelayString = "${warga.verification.honor.closing.interval:PT6H}")
    void closeLastMonth() {
        try {
            if (honors.close(settings.currentMonth().minusMonths(1), "(sistem)")) {
                log.info("Kept the honor list of {}", settings.currentMonth().minusMonths(1));
            }
        } catch (RuntimeException e) {
            log.warn("Keeping last month's honor list failed; will try again: {}", e.getMessage());
        }
    }
}
