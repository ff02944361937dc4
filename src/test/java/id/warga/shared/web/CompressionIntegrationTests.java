package id.warga.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real server: the text a phone downloads (pages, styles, scripts and the map and
 * chart libraries) comes compressed when the browser accepts it. Files under 2 KB are sent as
 * they are, where compressing gains nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompressionIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> gzipped(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void scriptsStylesAndPagesComeCompressedAndUnpackToTheWholeFile() throws Exception {
        for (String path : new String[] {
            "/webjars/echarts/dist/echarts.min.js",
            "/webjars/leaflet/dist/leaflet.js",
            "/js/region-map.js",
            "/css/warga.css",
            "/"
        }) {
            HttpResponse<byte[]> response = gzipped(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(path + " as " + response.headers().firstValue("Content-Type"))
                    .hasValue("gzip");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                assertThat(in.readAllBytes().length).as(path).isGreaterThan(response.body().length);
            }
        }
    }

    @Test
    void theWebAppManifestIsServedAsOne() throws Exception {
        HttpResponse<byte[]> manifest = gzipped("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValue("application/manifest+json");
    }
}
