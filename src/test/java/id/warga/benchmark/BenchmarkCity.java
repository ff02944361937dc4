package id.warga.benchmark;

import id.warga.WargaApplication;
import id.warga.demo.DemoCity;
import id.warga.demo.DemoCityGenerator;
import id.warga.demo.DemoCitySettings;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on a random port, with its own throwaway embedded PostgreSQL holding the full
 * demo city (483,015 residents at scale 1.0), generated on the spot: what every benchmark runs
 * against. {@code -Dbenchmark.scale=0.1} draws a smaller city for a quick try.
 */
public final class BenchmarkCity implements AutoCloseable {

    public final ConfigurableApplicationContext context;
    public final int port;
    public final DemoCity city;
    public final long generationMillis;

    private BenchmarkCity(ConfigurableApplicationContext context, DemoCity city, long generationMillis) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.city = city;
        this.generationMillis = generationMillis;
    }

    public static BenchmarkCity start(String name) {
        double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1.0"));
        Path data = Path.of("target", "benchmark-" + name).toAbsolutePath();
        SpringApplication application = new SpringApplication(WargaApplication.class);
        ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--server.tomcat.max-keep-alive-requests=-1",
                "--warga.database.embedded.data-directory=" + data,
                "--warga.database.embedded.clean=true",
                "--logging.level.root=warn",
                "--logging.level.id.warga=info",
                "--spring.main.banner-mode=off");
        long started = System.nanoTime();
        DemoCity city = context.getBean(DemoCityGenerator.class).generate(new DemoCitySettings(2025, scale, "36.72"));
        return new BenchmarkCity(context, city, (System.nanoTime() - started) / 1_000_000);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() {
        context.close();
    }
}
