package id.warga;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Warga: residents' data kept current by RT heads, and unemployment seen area by area. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WargaApplication {

    public static void main(String[] args) {
        SpringApplication.run(WargaApplication.class, args);
    }
}
