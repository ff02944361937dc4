package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.Sex;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium at phone size with the demo accounts: the lurah applies for a scholarship
 * for a student of Kedaleman, is told in Bahasa Indonesia that a GPA of 4,5 cannot be, and saves the
 * application with 3,40; the city awards it and records the semester's payment; the public page
 * never shows the student's NIK.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScholarshipJourneyTests {

    static final String RT = "36.72.01.1002.007.963";

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeFixtures fixtures;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theLurahAppliesForAStudentAndTheCityAwardsAndPaysTheSemester() {
        HouseholdView household = fixtures.registry.singleIn(
                RT, "DIMAS ARYA", Sex.MALE, LocalDate.now().minusYears(20), LabourActivity.SCHOOL);
        String nik = household.head().nik();
        browser = Browser.phone();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        Browser.signIn(browser, wait, port, "lurah");
        open("/program/beasiswa");
        fillApplication(nik, "4,5");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash.problem")));
        assertThat(browser.findElement(By.cssSelector("p.flash.problem")).getText())
                .contains("IPK harus angka antara 0,00 dan 4,00");

        fillApplication(nik, "3,40");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("diajukan");
        assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).contains("disimpan");
        String page = browser.getCurrentUrl();
        assertThat(browser.findElements(By.id("award")))
                .as("the lurah applies; the city awards")
                .isEmpty();
        Browser.signOut(browser, wait);

        Browser.signIn(browser, wait, port, "kota");
        browser.get(page);
        browser.findElement(By.id("award")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "diberikan"));
        WebElement payment = browser.findElement(By.xpath("//form[.//button[@id='disburse']]"));
        payment.findElement(By.name("semester")).sendKeys("3");
        payment.findElement(By.name("gpa")).sendKeys("3,10");
        browser.findElement(By.id("disburse")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"), "dicatat"));
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Rp 3.000.000");
        Browser.signOut(browser, wait);

        open("/data-terbuka/beasiswa");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Beasiswa sarjana");
        assertThat(browser.getPageSource()).doesNotContain(nik);
    }

    private void fillApplication(String nik, String gpa) {
        WebElement form = browser.findElement(By.id("scholarship-form"));
        form.findElement(By.name("nik")).sendKeys(nik);
        form.findElement(By.name("university")).sendKeys("Universitas Sultan Ageng Tirtayasa");
        form.findElement(By.name("studyProgramme")).sendKeys("Teknik Kimia");
        WebElement semester = form.findElement(By.name("semester"));
        semester.clear();
        semester.sendKeys("3");
        form.findElement(By.name("gpa")).sendKeys(gpa);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
