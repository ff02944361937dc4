package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import id.warga.access.AccessFixtures;
import java.time.Duration;
import java.time.Year;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone, in headless Chromium, with the demo accounts: the RW head starts the year's plan of
 * the environment fund, adds two activities, submits it; the lurah finds it in the list and
 * verifies it, and it waits for the kecamatan; the public map shows it without signing in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RwFundJourneyTests {

    static final String RW = "36.72.01.1002.001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessFixtures units;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theRwHeadPlansTwoActivitiesOnAPhoneAndSubmitsAndTheLurahVerifies() {
        units.ensureUnit(RW + ".001");
        browser = Browser.phone();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        Browser.signIn(browser, wait, port, "rw");
        open("/program");
        browser.findElement(By.id("hub-fund")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-" + RW)));
        assertThat(browser.findElement(By.id("rw-" + RW)).getText()).contains("RW 001");
        browser.findElement(By.id("start-" + RW)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-form")));
        assertThat(text("status")).isEqualTo("draf");
        assertThat(browser.findElement(By.id("add-activity")).getSize().getHeight())
                .as("a touch target a thumb can hit")
                .isGreaterThanOrEqualTo(44);

        addActivity("Betonisasi gang RT 001", "INFRASTRUKTUR", "60.000.000");
        assertThat(text("saved")).contains("Kegiatan ditambahkan");
        addActivity("Pelatihan menjahit ibu-ibu PKK", "PEMBERDAYAAN", "Rp 25.000.000");
        assertThat(text("budgeted")).isEqualTo("Rp 85.000.000");
        assertThat(browser.findElements(By.cssSelector("li.activity"))).hasSize(2);
        assertThat(browser.findElement(By.id("activity-2")).getText()).contains("pemberdayaan", "Rp 25.000.000");

        browser.findElement(By.id("submit-plan")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(text("saved")).contains("diajukan ke kelurahan");
        assertThat(text("status")).isEqualTo("diajukan, menunggu kelurahan");
        assertThat(browser.findElements(By.id("activity-form"))).isEmpty();
        long plan = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/dana-rw/(\\d+).*", "$1"));
        assertNoHorizontalScroll();
        Browser.signOut(browser, wait);

        Browser.signIn(browser, wait, port, "lurah");
        open("/program/dana-rw?status=SUBMITTED");
        browser.findElement(By.id("plan-" + plan)).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify")));
        assertThat(browser.findElement(By.cssSelector("ul.activities")).getText())
                .contains("Betonisasi gang RT 001", "Pelatihan menjahit ibu-ibu PKK");
        browser.findElement(By.id("verify")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(text("saved")).contains("diperiksa dan diteruskan");
        assertThat(text("status")).isEqualTo("diperiksa kelurahan, menunggu kecamatan");
        assertThat(browser.findElement(By.cssSelector("ol.trail")).getText()).contains("lurah", "rw");

        Browser.signOut(browser, wait);

        // anyone sees the fund on the public map, each kelurahan coloured, without signing in
        open("/data-terbuka/dana-rw");
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("fund-map")), "data-coloured"));
        assertThat(Integer.parseInt(browser.findElement(By.id("fund-map")).getAttribute("data-coloured")))
                .isGreaterThan(40);
        assertThat(browser.findElement(By.id("rw-" + RW)).getText())
                .contains("RW 001", "diperiksa kelurahan, menunggu kecamatan");

        assertThat(jdbc.sql("select status from programmes.rw_fund_plan where rw_code = ? and year = ?")
                        .params(RW, Year.now().getValue())
                        .query(String.class)
                        .single())
                .isEqualTo("VERIFIED_KELURAHAN");
    }

    private void addActivity(String name, String category, String budget) {
        browser.findElement(By.id("activity-name")).sendKeys(name);
        browser.findElement(By.id("category-" + category)).click();
        browser.findElement(By.id("activity-budget")).sendKeys(budget);
        browser.findElement(By.id("add-activity")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
    }

    private void assertNoHorizontalScroll() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).as("the plan fits a 360 px screen").isEqualTo(false);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
