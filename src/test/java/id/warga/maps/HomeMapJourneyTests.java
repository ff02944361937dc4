package id.warga.maps;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeMapJourneyTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void visitorSeesTheFortyThreeKelurahanAndClicksIntoOne() {
        browser = Browser.desktop();
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        wait.until(d ->
                d.findElements(By.cssSelector("#map path.leaflet-interactive")).size() == 43);
        assertThat(browser.findElement(By.id("map")).getAttribute("data-features"))
                .isEqualTo("43");

        var shape = browser.findElements(By.cssSelector("#map path.leaflet-interactive"))
                .get(0);
        new Actions(browser).moveToElement(shape).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-tooltip.area-name")));
        String tooltip = browser.findElement(By.cssSelector(".leaflet-tooltip.area-name"))
                .getText();
        String named = tooltip.split(" · ")[0];
        assertThat(named).isNotBlank();
        assertThat(tooltip).contains("TPT");

        shape.click();
        wait.until(ExpectedConditions.urlContains("/wilayah/36.72."));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(named);
        String kelurahan = browser.getCurrentUrl().replaceAll(".*/wilayah/", "");
        wait.until(d -> kelurahan.equals(d.findElement(By.id("map")).getAttribute("data-outline")));
        assertThat(browser.findElements(By.cssSelector("#map .leaflet-overlay-pane path:not(.leaflet-interactive)")))
                .as("the kelurahan's own outline, drawn around its RWs")
                .hasSize(1);
    }
}
