package id.warga.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the `demo` profile, builds the demo city in the background on the first start, so the
 * pages answer at once and show its progress; later starts find the data and reuse it.
 */
@Component
@Profile("demo")
class DemoCityStarter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCityStarter.class);

    private final DemoCityGenerator generator;
    private final DemoCitySettings settings;
    private final ApplicationEventPublisher events;

    DemoCityStarter(DemoCityGenerator generator, DemoCitySettings settings, ApplicationEventPublisher events) {
        this.generator = generator;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread worker = new Thread(
                () -> {
                    try {
                        DemoCity city = generator.generateIfEmpty(settings);
                        if (city != null) {
                            events.publishEvent(new DemoCityGenerated(city.residents()));
                        }
                    } catch (RuntimeException e) {
                        log.error("The demo city could not be generated", e);
                    }
                },
                "demo-city");
        worker.setDaemon(true);
        worker.start();
    }
}
