package id.warga.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages through a real server, so error pages render as a browser would see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPagesIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> page(String path, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void homePageListsTheFortyThreeKelurahanAndLoadsTheMapFromTheApplication() throws Exception {
        HttpResponse<String> home = page("/", "id");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Peta Kota Cilegon", "data-city=\"36.72\"", "/webjars/leaflet/");
        assertThat(home.body()).containsPattern("/webjars/leaflet/[0-9.]+/dist/leaflet-[0-9a-f]{32}\\.js");
        assertThat(home.body().split("class=\"kelurahan-link\"", -1)).hasSize(44);
        assertThat(home.body()).doesNotContain("https://unpkg", "cdn.");
        assertThat(page("/webjars/leaflet/dist/leaflet.js", "id").statusCode()).isEqualTo(200);
    }

    @Test
    void homePageSpeaksIndonesianFirstAndEnglishWhenAsked() throws Exception {
        assertThat(page("/", "en-US").body()).contains("Peta Kota Cilegon");
        assertThat(page("/?lang=en", "id").body()).contains("Map of Kota Cilegon");
    }

    @Test
    void areaPageShowsTheKelurahanWithItsPlaceInTheTree() throws Exception {
        HttpResponse<String> area = page("/wilayah/36.72.01.1002", "id");

        assertThat(area.statusCode()).isEqualTo(200);
        assertThat(area.body()).contains("Kedaleman", "Cibeber", "Kota Cilegon", "36.72.01.1002");
    }

    @Test
    void aMalformedCodeGetsAnIndonesianErrorPageWithoutATrace() throws Exception {
        HttpResponse<String> response = page("/wilayah/36.7x", "id");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("Permintaan tidak dapat diproses")
                .doesNotContain("Exception", "at id.warga");
    }

    @Test
    void anUnknownAreaGetsANotFoundPage() throws Exception {
        HttpResponse<String> response = page("/wilayah/36.72.01.1001.999", "id");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("tidak ada");
    }
}
