package id.warga.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the demo city is drawn: the seed makes it deterministic, the scale shrinks it (1.0 is the
 * real 483,015 residents), and {@code within} limits it to one kecamatan or kelurahan.
 */
@ConfigurationProperties("warga.demo")
public record DemoCitySettings(
        @DefaultValue("2025") long seed,
        @DefaultValue("1.0") double scale,
        @DefaultValue("36.72") String within) {}
