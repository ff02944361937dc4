package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import id.warga.population.CodeLists;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.LabourStatus;
import id.warga.population.PopulationDirectory;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryFixtures;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import id.warga.region.HeadAppointment;
import id.warga.region.RegionCode;
import id.warga.region.RegionHeads;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
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

/**
 * On a phone, in headless Chromium, with the demo accounts: the RT head answers a resident's
 * labour block, the RW head verifies, the lurah approves, and the change shows as the approved
 * state; then the RT head attests the month and the city's office finds them eligible for the
 * honor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationJourneyTests {

    static final String RT = RegistryFixtures.RT_OF_RT_USER;

    @LocalServerPort
    int port;

    @Autowired
    VerificationFixtures fixtures;

    @Autowired
    RegionHeads heads;

    @Autowired
    VerificationSettings settings;

    @Autowired
    PopulationDirectory directory;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aChangeTravelsRtRwKelurahanAndTheRtHeadAttestsTheMonthAndEarnsTheHonor() {
        LocalDate today = LocalDate.now();
        HouseholdView family = fixtures.registry.register(
                fixtures.registry.rt(RT),
                List.of(
                        new NewMember(
                                RegistryFixtures.person(
                                        "SURYA PERJALANAN", Sex.MALE, today.minusYears(39), CodeLists.HEAD),
                                RegistryFixtures.answer(LabourActivity.WORKED)),
                        new NewMember(
                                RegistryFixtures.person(
                                        "DEWI PERJALANAN", Sex.FEMALE, today.minusYears(33), CodeLists.WIFE),
                                RegistryFixtures.answer(LabourActivity.LOOKING_FOR_WORK))));
        ResidentView wife = fixtures.member(family, "DEWI PERJALANAN");
        YearMonth month = settings.currentMonth();
        if (heads.headOn(RegionCode.of(RT), settings.deadline(month)).isEmpty()) {
            heads.appoint(
                    RegionCode.of(RT),
                    new HeadAppointment(
                            null,
                            "KETUA RT PERJALANAN",
                            null,
                            null,
                            "SK/JOURNEY/" + System.nanoTime(),
                            month.atDay(1),
                            null));
        }

        browser = Browser.phone();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        // the RT head answers the labour block: it waits for the RW
        Browser.signIn(browser, wait, port, "rt");
        open("/warga/kk/" + family.id());
        browser.findElement(By.id("warga-" + wife.id()))
                .findElement(By.className("labour-link"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("labour-form")));
        browser.findElement(By.id("answer-WORKED")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(text("saved")).contains("menunggu pemeriksaan RW");
        WebElement pending = browser.findElement(By.id("warga-" + wife.id())).findElement(By.className("pending"));
        String submission = pending.getAttribute("id").replace("pengajuan-", "");
        Browser.signOut(browser, wait);

        // the RW head finds it waiting, and verifies
        Browser.signIn(browser, wait, port, "rw");
        open("/verifikasi");
        assertThat(browser.findElement(By.id("hub-queue")).getText()).contains("Perlu saya periksa");
        open("/pengajuan/" + submission);
        assertThat(browser.findElement(By.cssSelector("table.changes")).getText())
                .contains("bekerja");
        browser.findElement(By.id("verify")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(text("saved")).contains("diperiksa dan diteruskan");
        Browser.signOut(browser, wait);

        // the lurah approves: the registry changes now
        Browser.signIn(browser, wait, port, "lurah");
        open("/pengajuan/" + submission);
        assertThat(text("status")).isEqualTo("menunggu kelurahan");
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(text("saved")).contains("disetujui");
        // the kelurahan's completeness map, framed by the kelurahan's own outline
        String kelurahan = RegionCode.of(RT)
                .ancestorAt(id.warga.region.RegionLevel.KELURAHAN)
                .value();
        open("/kelengkapan/" + kelurahan);
        wait.until(
                d -> kelurahan.equals(d.findElement(By.id("completeness-map")).getAttribute("data-outline")));
        Browser.signOut(browser, wait);

        // the RT head sees the approved state, no longer pending
        Browser.signIn(browser, wait, port, "rt");
        open("/warga/kk/" + family.id());
        WebElement card = browser.findElement(By.id("warga-" + wife.id()));
        assertThat(card.findElement(By.className("chip")).getText()).isEqualTo("bekerja");
        assertThat(card.findElements(By.className("pending"))).isEmpty();
        ResidentView approved = fixtures.as("admin", () -> directory.resident(wife.id()));
        assertThat(approved.labour().status()).isEqualTo(LabourStatus.EMPLOYED);

        // ...and attests the month after the checklist
        open("/verifikasi");
        browser.findElement(By.id("hub-attest-RT")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attest-form")));
        assertThat(browser.findElement(By.id("check-households")).getText()).isNotBlank();
        browser.findElement(By.id("confirm")).click();
        browser.findElement(By.id("attest")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attested")));
        assertThat(text("attested")).contains("tepat waktu");
        Browser.signOut(browser, wait);

        // the city's office finds the RT head eligible on this month's honor list
        Browser.signIn(browser, wait, port, "kota");
        open("/honor/" + month + "?area=" + RT.substring(0, RT.lastIndexOf('.')));
        WebElement row = browser.findElement(By.id("honor-" + RT));
        assertThat(row.findElement(By.className("eligibility")).getText()).isEqualTo("Ya");
        assertThat(row.getText()).contains("disahkan tepat waktu", "Rp 1.000.000");
        assertThat(browser.findElement(By.id("download")).getAttribute("href"))
                .contains("/api/honor/" + month + ".xlsx");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
