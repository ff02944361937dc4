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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An RT head keeps their RT current from a phone: a birth, and an adult who found work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RtHeadJourneyTests {

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

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void rtHeadAddsANewbornAndRecordsThatAnAdultFoundWork() {
        RegistryFixtures fixtures = new RegistryFixtures(registry, directory, units, regions);
        fixtures.rt(RegistryFixtures.RT_OF_RT_USER);
        LocalDate today = LocalDate.now();
        HouseholdView family = fixtures.register(
                RegistryFixtures.RT_OF_RT_USER,
                List.of(
                        new NewMember(
                                RegistryFixtures.person(
                                        "HARTONO WIBISONO", Sex.MALE, today.minusYears(31), CodeLists.HEAD),
                                RegistryFixtures.answer(LabourActivity.WORKED)),
                        new NewMember(
                                RegistryFixtures.person(
                                        "LESTARI WIBISONO", Sex.FEMALE, today.minusYears(28), CodeLists.WIFE),
                                RegistryFixtures.answer(LabourActivity.LOOKING_FOR_WORK))));
        ResidentView mother = fixtures.member(family, "LESTARI WIBISONO");

        browser = Browser.phone();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.name("username")).sendKeys("rt");
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(base + "/warga?lang=id");
        wait.until(ExpectedConditions.urlContains("/warga/rt/" + RegistryFixtures.RT_OF_RT_USER));
        browser.findElement(By.xpath("//a[contains(@class,'household')][strong[text()='HARTONO WIBISONO']]"))
                .click();
        wait.until(ExpectedConditions.urlContains("/warga/kk/" + family.id()));

        browser.findElement(By.id("add-newborn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("member-form")));
        browser.findElement(By.name("name")).sendKeys("Putri Wibisono");
        browser.findElement(By.cssSelector("input[name=sex][value=FEMALE]")).click();
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.getCurrentUrl()).contains("/warga/kk/" + family.id());
        assertThat(browser.findElements(By.cssSelector(".member strong")))
                .extracting(WebElement::getText)
                .contains("PUTRI WIBISONO");

        WebElement motherCard = browser.findElement(By.id("warga-" + mother.id()));
        motherCard.findElement(By.className("labour-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("labour-form")));
        browser.findElement(By.id("answer-WORKED")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("saved")).getText()).contains("LESTARI WIBISONO", "bekerja");
        assertThat(browser.findElement(By.id("warga-" + mother.id()))
                        .findElement(By.className("chip"))
                        .getText())
                .isEqualTo("bekerja");
        ResidentView after = fixtures.as("admin", () -> directory.resident(mother.id()));
        assertThat(after.labour().status()).isEqualTo(LabourStatus.EMPLOYED);
        assertThat(after.labour().referenceDate()).isEqualTo(today);
        assertThat(fixtures.as("admin", () -> directory.household(family.id())).members())
                .extracting(ResidentView::name)
                .contains("PUTRI WIBISONO");
    }
}
