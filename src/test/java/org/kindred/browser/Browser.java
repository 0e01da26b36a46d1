package org.kindred.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven by Selenium, with axe-core injected to check each page against
 * WCAG 2.x A and AA. The profile lives in a temporary folder that is removed afterwards.
 */
final class Browser implements AutoCloseable {
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("kindred-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kindred.browser", "/usr/bin/chromium"));
        // No network but loopback here: keep Chromium from calling home.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    void open(String path) { driver.get(base + path); }

    WebElement find(String css) { return driver.findElement(By.cssSelector(css)); }

    List<WebElement> all(String css) { return driver.findElements(By.cssSelector(css)); }

    void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    void click(String css) { find(css).click(); }

    /** Runs a script in the page (casework: reading a download with fetch, shortening the session warning). */
    Object script(String js, Object... args) { return driver.executeScript(js, args); }

    /** Runs an asynchronous script that calls its last argument with the result. */
    Object asyncScript(String js, Object... args) { return driver.executeAsyncScript(js, args); }

    /** The value of a cookie of the current page's site, or null (OIDC sign-in: the session's id changes). */
    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Forgets a cookie, as when the session behind it has timed out. */
    void deleteCookie(String name) { driver.manage().deleteCookieNamed(name); }

    /** Waits up to 20 seconds for an element's text to contain the given text. */
    void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits up to 20 seconds until the element is hidden. */
    void waitInvisible(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits up to 20 seconds until the element is shown. */
    void waitVisible(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Types into the form kit's GOV.UK date input whose day box has this id (the others are id-month, id-year). */
    void date(String id, String day, String month, String year) {
        type(id, day);
        type(id + "-month", month);
        type(id + "-year", year);
    }

    void date(String id, java.time.LocalDate date) {
        date(id, Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear()));
    }

    /** Adds a girl on the "add a child" page and answers her page's path ("/children/123"). */
    String addGirl(String givenNames, String familyName, java.time.LocalDate dateOfBirth) {
        open("/children/new");
        type("givenNames", givenNames);
        type("familyName", familyName);
        date("dateOfBirth", dateOfBirth);
        click("#sex-FEMALE");
        saveNewChild();
        return currentPath();
    }

    /**
     * Saves the "add a child" form. Other tests share the database, so when the search-first step shows
     * someone alike, the worker confirms the child is new, as a worker would after checking.
     */
    void saveNewChild() {
        submit("#save");
        if (!driver.findElements(By.id("confirmedNew")).isEmpty()) {
            click("#confirmedNew");
            submit("#save");
        }
    }

    /** Clicks a button that loads a new page, and waits until the new page has replaced the old one. */
    void submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    String title() { return driver.getTitle(); }

    /** The page's text; read again when a page still loading replaced the body while it was read. */
    String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) throw replaced;
            }
        }
    }

    String currentPath() { return driver.getCurrentUrl().substring(base.length()); }

    void signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        submit("#sign-in");
    }

    /** The axe-core violations of WCAG 2.0, 2.1 and 2.2 levels A and AA on the current page, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile);
    }
}
