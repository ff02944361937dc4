package id.warga.population.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import id.warga.population.CodeLists;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.LabourStatus;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryFixtures;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An RT head's phone loses its connection. While the phone knows it is offline, an answer is held
 * on its page with a notice. When the server cannot be reached, the next page and the answer just
 * sent show Warga's own explanation in Bahasa Indonesia (the service worker's offline page), not
 * the browser's error, and the answer is said not to be saved, which it is not. The server is stopped to cut
 * the connection, so this journey has a context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OfflineJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    @Autowired
    ApplicationContext context;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void withoutAConnectionTheRtHeadIsToldPlainlyThatTheAnswerWasNotSaved() {
        RegistryFixtures fixtures = new RegistryFixtures(registry, directory, units, regions);
        fixtures.rt(RegistryFixtures.RT_OF_RT_USER);
        HouseholdView family = fixtures.register(
                RegistryFixtures.RT_OF_RT_USER,
                List.of(new NewMember(
                        RegistryFixtures.person(
                                "SURYADI LURING", Sex.MALE, LocalDate.now().minusYears(40), CodeLists.HEAD),
                        RegistryFixtures.answer(LabourActivity.LOOKING_FOR_WORK))));
        ResidentView head = fixtures.member(family, "SURYADI LURING");

        browser = Browser.phone();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browser.signIn(browser, wait, port, "rt");
        String base = "http://localhost:" + port;
        browser.get(base + "/warga/kk/" + family.id());
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)"));
        assertThat(((JavascriptExecutor) browser)
                        .executeAsyncScript("var done = arguments[arguments.length - 1];"
                                + "navigator.serviceWorker.ready.then(r => r.navigationPreload.getState())"
                                + ".then(s => done(s.enabled))"))
                .as("pages are requested while the worker starts")
                .isEqualTo(true);
        // pages hold personal data: the worker keeps its own offline page and nothing it fetched
        browser.navigate().refresh();
        @SuppressWarnings("unchecked")
        List<String> kept = (List<String>) ((JavascriptExecutor) browser)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "caches.keys().then(names => Promise.all(names.map(n => caches.open(n)"
                        + ".then(c => c.keys())))).then(lists => done([].concat(...lists).map(r => r.url)))");
        assertThat(kept)
                .extracting(url -> url.replace(base, ""))
                .containsExactlyInAnyOrder("/offline.html", "/css/warga.css", "/favicon.svg", "/js/offline-page.js");
        browser.findElement(By.id("warga-" + head.id()))
                .findElement(By.className("labour-link"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("labour-form")));

        // the phone knows it is offline: the answer is held on the page, nothing is lost
        ChromeDriver chrome = (ChromeDriver) browser;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chrome.setNetworkConditions(offline);
        wait.until(
                driver -> Boolean.FALSE.equals(((JavascriptExecutor) driver).executeScript("return navigator.onLine")));
        browser.findElement(By.id("answer-WORKED")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("connection-bar")));
        assertThat(browser.findElement(By.id("connection-bar")).getText()).startsWith("Belum terkirim");
        assertThat(browser.findElements(By.id("labour-form")))
                .as("still on the form")
                .hasSize(1);
        // a page opened while offline explains itself, and opens by itself once the phone is back online
        String household = base + "/warga/kk/" + family.id();
        browser.get(household);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline")));
        assertThat(browser.findElement(By.cssSelector(".topbar")).getCssValue("background-color"))
                .as("the offline page's style comes from the worker's cache")
                .isEqualTo("rgba(11, 110, 79, 1)");
        chrome.deleteNetworkConditions();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("warga-" + head.id())));
        assertThat(browser.getCurrentUrl()).isEqualTo(household);
        browser.findElement(By.id("warga-" + head.id()))
                .findElement(By.className("labour-link"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("labour-form")));

        // the phone believes it is online, but the server cannot be reached
        ((WebServerApplicationContext) context).getWebServer().stop();

        browser.findElement(By.id("answer-WORKED")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tidak ada sambungan internet");
        assertThat(browser.findElement(By.id("not-sent")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("not-sent")).getText()).contains("belum", "tersimpan");
        assertThat(fixtures.as("admin", () -> directory.resident(head.id()))
                        .labour()
                        .status())
                .as("nothing reached the registry")
                .isEqualTo(LabourStatus.UNEMPLOYED);

        browser.get(base + "/warga/rt/" + RegistryFixtures.RT_OF_RT_USER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline")));
        assertThat(browser.findElement(By.id("not-sent")).isDisplayed())
                .as("a page that could not open is not a change that was lost")
                .isFalse();
        assertThat(browser.findElement(By.id("retry")).getText()).isEqualTo("Coba lagi");
    }
}
