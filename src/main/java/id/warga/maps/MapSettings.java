package id.warga.maps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** An optional background tile layer; without one the map draws on a plain background, offline. */
@ConfigurationProperties("warga.map")
public record MapSettings(
        @DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {}
