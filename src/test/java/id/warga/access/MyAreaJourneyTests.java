package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.Browser;
import java.time.Duration;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyAreaJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    AccessFixtures fixtures;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String username, String password) {
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit].wide")).click();
    }

    @Test
    void anRtHeadSignsInOnAPhoneAndSeesOnlyTheirOwnRt() {
        fixtures.ensureUnit("36.72.01.1002.001.001");
        browser = Browser.phone();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/?lang=id");
        browser.get("http://localhost:" + port + "/saya");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk");

        signIn("rt", "demo");

        wait.until(ExpectedConditions.urlContains("/saya"));
        assertThat(browser.findElement(By.id("me-username")).getText()).isEqualTo("rt");
        List<WebElement> areas = browser.findElements(By.cssSelector("#my-areas a.area-link"));
        assertThat(areas).hasSize(1);
        assertThat(areas.get(0).getAttribute("data-code")).isEqualTo("36.72.01.1002.001.001");
        assertThat(areas.get(0).getText()).contains("RT 001", "Kedaleman");
        assertThat(browser.getPageSource()).doesNotContain("36.72.01.1002.001.002");
        assertThat(browser.findElement(By.cssSelector(".role")).getText()).isEqualTo("Ketua RT");
        assertThat(browser.findElements(By.linkText("Admin"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("meta[name=_csrf]")).getAttribute("content"))
                .as("htmx requests take the CSRF token from here")
                .isNotBlank();

        areas.get(0).click();
        wait.until(ExpectedConditions.urlContains("/wilayah/36.72.01.1002.001.001"));

        browser.findElement(By.cssSelector(".nav-button")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        browser.get("http://localhost:" + port + "/saya");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aWrongPasswordIsExplainedInEnglishWhenAskedAndTheUsernameIsKept() {
        browser = Browser.phone();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/login?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");

        signIn("camat", "not demo");

        wait.until(ExpectedConditions.urlContains("error=credentials"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Wrong username or password.");
        assertThat(browser.findElement(By.name("username")).getAttribute("value"))
                .isEqualTo("camat");
    }
}
