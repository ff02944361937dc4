package id.warga.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RT head can put Warga on the phone's home screen (a web app manifest with its icons), and a
 * page that cannot load for want of a connection explains itself (the service worker's page).
 */
@SpringBootTest
@AutoConfigureMockMvc
class InstallableAppIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void everyPageLinksAManifestWhoseIconsExistInTheirDeclaredSizes() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher link =
                Pattern.compile("<link rel=\"manifest\" href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("a manifest link in %s", page).isTrue();
        MvcResult manifest =
                mvc.perform(get(link.group(1))).andExpect(status().isOk()).andReturn();
        JsonNode app = json.readTree(manifest.getResponse().getContentAsString());
        assertThat(app.path("short_name").asString()).isEqualTo("Warga");
        assertThat(app.path("lang").asString()).isEqualTo("id");
        assertThat(app.path("start_url").asString()).isEqualTo("/warga");
        assertThat(app.path("display").asString()).isEqualTo("standalone");
        int pngs = 0;
        for (JsonNode icon : app.path("icons")) {
            MvcResult file = mvc.perform(get(icon.path("src").asString()))
                    .andExpect(status().isOk())
                    .andReturn();
            if ("image/png".equals(icon.path("type").asString())) {
                BufferedImage image =
                        ImageIO.read(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
                assertThat(image.getWidth() + "x" + image.getHeight())
                        .as(icon.path("src").asString())
                        .isEqualTo(icon.path("sizes").asString());
                pngs++;
            }
        }
        assertThat(pngs).as("Android asks for 192 and 512 pixel icons").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theServiceWorkerAndTheOfflinePageAreOpenToAnyoneAndTheWorkerIsAlwaysFetchedAfresh() throws Exception {
        MvcResult worker = mvc.perform(get("/sw.js")).andExpect(status().isOk()).andReturn();
        assertThat(worker.getResponse().getContentType()).contains("javascript");
        assertThat(worker.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        String offline = mvc.perform(get("/offline.html"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(offline).contains("Tidak ada sambungan internet", "No internet connection");
        assertThat(offline)
                .as("the content security policy allows no inline script")
                .doesNotContainPattern("<script>[^<]");
    }
}
