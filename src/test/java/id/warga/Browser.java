package id.warga;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser journeys. Where Chromium or its driver is absent the
 * journey is skipped with a notice saying what to install; CI installs both.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /** A fresh headless browser with a phone-sized or desktop window. */
    public static ChromeDriver open(int width, int height) {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser journey skipped: Chromium not found. Install it with"
                        + " `apt-get install -y chromium chromium-driver` to run it.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Signs in through the login form of the application on {@code port} as a demo account
     * (password "demo"), the pages in Bahasa Indonesia, and waits to leave the login page.
     */
    public static void signIn(WebDriver browser, WebDriverWait wait, int port, String user) {
        browser.get("http://localhost:" + port + "/login?lang=id");
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Signs out with the navigation bar's button and waits for the login page. */
    public static void signOut(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.cssSelector("form.nav-form button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    public static ChromeDriver desktop() {
        return open(1280, 900);
    }

    public static ChromeDriver phone() {
        return open(360, 740);
    }
}
