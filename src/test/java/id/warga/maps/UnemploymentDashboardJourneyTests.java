package id.warga.maps;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import id.warga.analytics.AnalyticsIntegrationTest;
import id.warga.analytics.AreaIndicators;
import id.warga.analytics.Hotspot;
import id.warga.analytics.UnemploymentStatistics;
import id.warga.demo.DemoCityGenerator;
import id.warga.demo.DemoCitySettings;
import id.warga.region.RegionCode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The mayor's question, in a real browser: where is unemployment highest, down to the RT? */
@AnalyticsIntegrationTest
class UnemploymentDashboardJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoCityGenerator generator;

    @Autowired
    UnemploymentStatistics statistics;

    @Autowired
    id.warga.analytics.internal.MonthlyFigures monthly;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void cityOfficerFindsTheKelurahanWithTheHighestTptAndReachesItsWorstRt() throws Exception {
        monthly.openCurrentMonth();
        generator.generateIfEmpty(new DemoCitySettings(11, 0.03, "36.72"));
        monthly.openCurrentMonth();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "kota", null, List.of(new SimpleGrantedAuthority("ROLE_CITY"))));
        YearMonth month = statistics.currentPeriod();
        AreaIndicators highest = statistics.table(RegionCode.of("36.72"), "kelurahan", month).stream()
                .filter(k -> k.tpt() != null)
                .max(Comparator.comparingDouble(AreaIndicators::tpt))
                .orElseThrow();
        Hotspot worst = statistics
                .hotspots(RegionCode.of(highest.code()), "rt", month, 1)
                .get(0);

        browser = Browser.desktop();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys("kota");
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]"))
                .click();

        browser.get("http://localhost:" + port + "/dasbor");
        wait.until(ExpectedConditions.urlContains("/dasbor/36.72"));
        wait.until(d -> d.findElements(By.cssSelector("#map path.area-shape")).size() == 43);
        wait.until(d -> "drawn".equals(d.findElement(By.id("dashboard")).getAttribute("data-charts")));
        screenshot("dashboard-city");

        WebElement hottest = browser.findElements(By.cssSelector("#map path.area-shape")).stream()
                .filter(p -> !p.getAttribute("data-tpt").isEmpty())
                .max(Comparator.comparingDouble(p -> Double.parseDouble(p.getAttribute("data-tpt"))))
                .orElseThrow();
        assertThat(hottest.getAttribute("data-code")).isEqualTo(highest.code());
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", hottest);

        wait.until(ExpectedConditions.urlContains("/dasbor/" + highest.code()));
        assertThat(browser.findElement(By.id("area-name")).getText()).isEqualTo(highest.name());
        wait.until(d -> !d.findElements(By.cssSelector("#map path.area-shape")).isEmpty());
        wait.until(d -> highest.code().equals(d.findElement(By.id("map")).getAttribute("data-outline")));
        screenshot("dashboard-kelurahan");

        WebElement first = browser.findElements(By.cssSelector("ol.hotspots .hotspot-link"))
                .get(0);
        assertThat(first.getAttribute("data-code")).isEqualTo(worst.code());
        first.click();

        wait.until(ExpectedConditions.urlContains("/dasbor/" + worst.code()));
        assertThat(browser.findElement(By.id("area-name")).getText()).isEqualTo(worst.name());
        assertThat(browser.findElement(By.id("tpt")).getText().replace(',', '.'))
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", worst.tpt()));
        screenshot("dashboard-rt");
    }

    /** Keeps a picture of the whole page in target/journeys for a person to look at. */
    private void screenshot(String name) throws Exception {
        org.openqa.selenium.Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 3200));
        Thread.sleep(300);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "journeys");
        Files.createDirectories(target);
        Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(size);
    }
}
