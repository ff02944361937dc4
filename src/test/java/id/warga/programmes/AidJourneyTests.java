package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.Sex;
import java.time.Duration;
import java.time.LocalDate;
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

/**
 * In headless Chromium with the demo accounts: the lurah opens an aid programme, types a NIK that
 * is nobody's in Kedaleman and is told so in Bahasa Indonesia, then a resident's NIK, and finds the
 * recipient in the list; the public page counts the programme without showing a count under five.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AidJourneyTests {

    static final String RT = "36.72.01.1002.007.962";

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    AidProgrammes aid;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theLurahAddsAResidentOfKedalemanByNikAndIsToldWhenTheNikIsNobodys() {
        String name = "Bantuan pangan perjalanan " + System.nanoTime() % 100_000;
        AidProgrammeView programme = fixtures.as(
                "kota",
                () -> aid.create(new NewAidProgramme(
                        name, AidSource.CSR, AidTarget.PERSON, Year.now().getValue(), Rupiah.of(250_000), 100)));
        fixtures.registry.rt(RT);
        HouseholdView household = fixtures.registry.singleIn(
                RT, "WARTINI", Sex.FEMALE, LocalDate.now().minusYears(58), LabourActivity.HOUSEKEEPING);
        String nik = household.head().nik();
        browser = Browser.phone();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        Browser.signIn(browser, wait, port, "lurah");
        open("/program/bantuan");
        browser.findElement(By.id("aid-" + programme.id())).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recipient-form")));

        browser.findElement(By.id("identifier")).sendKeys("3672015001900001");
        browser.findElement(By.id("add-recipient")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash.problem")));
        assertThat(browser.findElement(By.cssSelector("p.flash.problem")).getText())
                .contains("tidak terdaftar sebagai warga");
        assertThat(browser.findElements(By.cssSelector("tr[id^=recipient-]"))).isEmpty();

        browser.findElement(By.id("identifier")).clear();
        browser.findElement(By.id("identifier")).sendKeys(nik);
        browser.findElement(By.id("add-recipient")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElements(By.cssSelector("tr[id^=recipient-]"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("tr[id^=recipient-]")).getText())
                .as("in the lurah's own area the NIK shows in full")
                .contains(nik);
        Browser.signOut(browser, wait);

        open("/data-terbuka/bantuan");
        assertThat(browser.getPageSource()).contains(name).doesNotContain(nik);
        // each programme's table is drawn as a chart too; a withheld count gets no bar
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-charted] .bar-chart svg")));
        assertThat(browser.findElements(By.cssSelector("[data-charted]"))).isNotEmpty();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
