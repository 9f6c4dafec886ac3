package io.factline.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the embeddable page, and the TimelineJS feed in the real TimelineJS, in headless Chromium through Selenium
 * WebDriver. Needs Debian's {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run}; paths can be
 * changed with -Dfactline.chromium and -Dfactline.chromedriver) and the npm tools of {@code src/test/js} (installed
 * by the build). Screenshots go to {@code target/screenshots/}.
 */
@QuarkusTest
class EmbedBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path TIMELINEJS = Path.of("src", "test", "js", "node_modules", "@knight-lab", "timelinejs",
            "dist");
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("factline.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("factline.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--hide-scrollbars",
                        "--user-data-dir=" + Files.createTempDirectory("factline-chromium"));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void desktopWindow() {
        browser.manage().window().setSize(DESKTOP);
    }

    @Test
    void showsTheSeedEventsInTimelineOrderWithTheirQuotesAndDates() throws IOException {
        JsonPath api = given().queryParam("limit", 500).when().get("/events").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = api.getList("items.id", String.class);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(20);

        browser.get(base + "embed?lang=fr&limit=500");
        List<WebElement> events = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.event"),
                ids.size()));

        assertThat(events).extracting(e -> e.getAttribute("data-id")).containsExactlyElementsOf(ids);
        for (int i = 0; i < ids.size(); i++) {
            List<String> quotes = api.getList("items[" + i + "].citations.quote", String.class);
            List<WebElement> shown = events.get(i).findElements(By.cssSelector("blockquote"));
            assertThat(shown).as("quotes of " + ids.get(i)).extracting(q -> q.getDomProperty("textContent"))
                    .containsExactlyElementsOf(quotes);
            assertThat(events.get(i).findElements(By.cssSelector("figcaption a")).get(0).getAttribute("href"))
                    .contains("/sources/" + api.getString("items[" + i + "].citations[0].sourceId") + "/text#:~:text=");
        }
        assertThat(dateOf("bakhmut-shelling")).isEqualTo("13 février 2023");
        assertThat(dateOf("budanov-says-situation-critical")).isEqualTo("semaine du 6 mai 2024");
        assertThat(dateOf("russian-invasion-begins")).isEqualTo("février 2022");
        assertThat(browser.findElement(By.cssSelector("#event-bakhmut-shelling .place")).getText()).contains("Bakhmut");
        screenshot("embed-desktop.png");
    }

    @Test
    void filtersByDateFromTheFormUsingOnlyTheKeyboard() throws IOException {
        List<String> february = given().queryParam("from", "2023-02").queryParam("to", "2023-02")
                .queryParam("limit", 500).when().get("/events").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class);
        assertThat(february).contains("bakhmut-shelling").doesNotContain("ramstein-meeting");

        browser.get(base + "embed?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.event")));
        // Tab from the top of the page: the skip link first, then the "from" field.
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
        new Actions(browser).sendKeys(Keys.TAB).sendKeys("2023-02").sendKeys(Keys.TAB).sendKeys("2023-02")
                .sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.urlContains("to=2023-02"));
        List<WebElement> events = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.event"),
                february.size()));
        assertThat(events).extracting(e -> e.getAttribute("data-id")).containsExactlyElementsOf(february);
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2023-02");
        assertThat(dateOf("bakhmut-shelling")).isEqualTo("13 February 2023");
        screenshot("embed-filtered.png");
    }

    @Test
    void stepsFromEventToEventWithTheJAndKKeys() {
        browser.get(base + "embed?lang=fr&limit=500");
        List<WebElement> articles = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("li.event article"), 2));
        new Actions(browser).sendKeys("j").sendKeys("j").perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(articles.get(1));
        new Actions(browser).sendKeys("k").perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(articles.get(0));
    }

    @Test
    void fitsAPhoneWidthInsideAnIframe() throws IOException {
        Path host = Path.of("target", "embed-host.html").toAbsolutePath();
        Files.writeString(host, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><style>body{margin:0}iframe{border:0;width:100%;"
                + "height:800px}</style></head><body><iframe title=\"Chronologie\" src=\"" + base
                + "embed?lang=fr&amp;from=2024\"></iframe></body></html>", StandardCharsets.UTF_8);
        browser.manage().window().setSize(PHONE);
        browser.get(host.toUri().toString());
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.tagName("iframe")));
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.event")));
            assertThat(dateOf("budanov-says-situation-critical")).isEqualTo("semaine du 6 mai 2024");
            Map<?, ?> size = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                    "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
            assertThat(((Number) size.get("scroll")).intValue()).as("no horizontal scrolling")
                    .isLessThanOrEqualTo(((Number) size.get("client")).intValue());
        } finally {
            browser.switchTo().defaultContent();
        }
        screenshot("embed-phone-iframe.png");
    }

    @Test
    void timelineJsMakesASlideOfEveryEventOfTheFeed() throws IOException {
        JsonPath feed = given().queryParam("format", "timelinejs").queryParam("limit", 500).queryParam("lang", "fr")
                .when().get("/events").then().statusCode(200).extract().jsonPath();
        List<String> headlines = feed.getList("events.text.headline", String.class);
        Path script = TIMELINEJS.resolve("js/timeline.js").toAbsolutePath();
        assertThat(script).as("npm ci in src/test/js (the build runs it) installs TimelineJS").exists();
        Path page = Path.of("target", "timelinejs-check.html").toAbsolutePath();
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\""
                + TIMELINEJS.resolve("css/timeline.css").toAbsolutePath().toUri() + "\"><script src=\"" + script.toUri()
                + "\"></script></head><body><div id=\"timeline\" style=\"width:100%;height:600px\"></div><script>"
                + "fetch('" + base + "events?format=timelinejs&limit=500&lang=fr')"
                + ".then(function (r) { return r.json(); })"
                + ".then(function (data) { window.timeline = new TL.Timeline('timeline', data); })"
                + ".catch(function (e) { document.title = 'failed: ' + e; });</script></body></html>",
                StandardCharsets.UTF_8);

        browser.get(page.toUri().toString());
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".tl-slide"), headlines.size() + 1));

        JavascriptExecutor js = browser;
        @SuppressWarnings("unchecked")
        List<String> slideHeadlines = (List<String>) js.executeScript("return window.timeline.config.events"
                + ".map(function (slide) { return slide.text.headline; });");
        assertThat(slideHeadlines).containsExactlyInAnyOrderElementsOf(headlines);
        assertThat(js.executeScript("return window.timeline.config.title.text.headline;")).isEqualTo("Chronologie");
        assertThat(browser.findElements(By.cssSelector(".tl-slide .tl-headline")))
                .extracting(e -> e.getDomProperty("textContent")).containsAll(headlines);
        // TimelineJS read the feed's dates: a day slide keeps its day, a week slide its end date.
        assertThat(js.executeScript("return window.timeline.config.event_dict['bakhmut-shelling'].start_date"
                + ".data.day;")).isEqualTo(13L);
        assertThat(js.executeScript("return window.timeline.config.event_dict['budanov-says-situation-critical']"
                + ".end_date.data.day;")).isEqualTo(12L);
        assertThat(browser.findElements(By.cssSelector(".tl-slide .tl-headline-date"))
                .stream().map(e -> e.getDomProperty("textContent")).toList())
                .contains("13 février 2023", "semaine du 6 mai 2024");
        assertThat(browser.getTitle()).doesNotStartWith("failed");
        screenshot("timelinejs.png");
    }

    private static String dateOf(String eventId) {
        return browser.findElement(By.cssSelector("#event-" + eventId + " .date time")).getText();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
