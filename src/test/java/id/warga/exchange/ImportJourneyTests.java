package id.warga.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lurah moves Kedaleman's OpenSID data to Warga: signs in, uploads the file, agrees to the new
 * RW and RTs it needs, and watches the progress bar fill until the import is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportJourneyTests {

    static final String KELURAHAN = "36.72.01.1002";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    Path file;

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void lurahImportsAnOpenSidFileAndWatchesTheProgressBarFinish() throws Exception {
        OpenSidFile data = new OpenSidFile(31);
        for (int h = 0; h < 60; h++) {
            data.household("077", String.valueOf(1 + h % 2), 3 + h % 3);
        }
        file = Files.createTempFile("kedaleman-opensid", ".csv");
        Files.writeString(file, data.csv(), StandardCharsets.UTF_8);

        browser = Browser.desktop();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.name("username")).sendKeys("lurah");
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(base + "/impor?lang=id");
        Select kelurahan = new Select(browser.findElement(By.name("kelurahan")));
        assertThat(kelurahan.getOptions()).hasSize(1);
        assertThat(kelurahan.getFirstSelectedOption().getAttribute("value")).isEqualTo(KELURAHAN);
        browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.import-form button[type=submit]"))
                .click();

        // the file needs RW 077 with two RTs: the lurah sees them listed and agrees
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.confirm-units")));
        assertThat(browser.findElements(By.cssSelector("ul.units li")))
                .extracting(e -> e.getText())
                .containsExactly(KELURAHAN + ".077", KELURAHAN + ".077.001", KELURAHAN + ".077.002");
        browser.findElement(By.cssSelector("button.confirm-units")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("progress.import-progress")));
        wait.until(ExpectedConditions.attributeToBe(By.id("import-panel"), "data-status", "COMPLETED"));
        assertThat(browser.findElement(By.cssSelector("progress.import-progress"))
                        .getAttribute("value"))
                .isEqualTo("100");
        assertThat(browser.findElement(By.cssSelector(".import-status")).getText())
                .isEqualTo("Selesai");
        assertThat(browser.findElement(By.cssSelector(".rows-imported")).getText())
                .isEqualTo(String.valueOf(data.rows.size()));
        assertThat(browser.findElement(By.cssSelector(".rows-rejected")).getText())
                .isEqualTo("0");
        assertThat(jdbc.sql("select count(*) from population.resident where rt_code like ?")
                        .param(KELURAHAN + ".077.%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(data.rows.size());
    }
}
