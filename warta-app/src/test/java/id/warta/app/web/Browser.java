package id.warta.app.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile. Every request of its pages is
 * written down through WebDriver BiDi (network.beforeRequestSent, which sees the pages' requests and not the
 * browser's own housekeeping), and nothing can leave the machine: every request to another host goes to an
 * {@link OutsideTrafficTrap} (Chromium's own update and time checks end there too), and host names other than
 * localhost do not resolve. The console is kept for checks.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go, as build artefacts (surefire runs in the module's folder). */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** How long a page may take to load and draw; generous for a machine shared by several builds. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final OutsideTrafficTrap trap;
    private final Path profile;
    private final ChromeDriver driver;
    private final String base;
    private final Network network;
    private final List<String> pageRequests = new CopyOnWriteArrayList<>();

    /** Whether this machine has both (tests are skipped without them). */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * @param base     the server's address, e.g. http://127.0.0.1:41234/
     * @param language the browser's language (navigator.language), e.g. id-ID
     */
    Browser(String base, String language) throws IOException {
        this.base = base;
        this.trap = new OutsideTrafficTrap();
        this.profile = Files.createTempDirectory("warta-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--hide-scrollbars",
                "--lang=" + language,
                "--proxy-server=" + trap.address(),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setCapability("webSocketUrl", true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.network = new Network(driver);
        network.onBeforeRequestSent(e -> pageRequests.add(e.getRequest().getUrl()));
    }

    /** The URL of every request the pages made so far (documents, scripts, styles, data, API calls). */
    List<String> pageRequests() {
        return List.copyOf(pageRequests);
    }

    /** Forgets the requests seen so far (the trap's and the pages'). */
    void clearRequests() {
        pageRequests.clear();
        trap.clear();
    }

    WebDriver driver() {
        return driver;
    }

    OutsideTrafficTrap trap() {
        return trap;
    }

    /** Opens a route of the app (e.g. "#/map") and waits until its page says it is drawn. */
    void open(String hash) {
        openAt(base, hash);
    }

    /** Opens a route of the app served from another address. */
    void openAt(String server, String hash) {
        driver.get(server + hash);
        waitReady();
    }

    /** Waits until the app has drawn the page of the address now in the location bar, data loaded. */
    void waitReady() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(script("const v = document.getElementById('view');"
                + " return v !== null && v.dataset.ready === 'true' && v.dataset.route === location.hash;")));
    }

    /** Waits until something matching the selector is present. */
    WebElement waitFor(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The URLs of every resource the current page loaded (Resource Timing), for the no-outside-request check. */
    @SuppressWarnings("unchecked")
    List<String> resourceUrls() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
    }

    /** The console's errors so far (script errors, Content-Security-Policy violations, failed loads). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Saves the whole page (the window made as tall as the page, up to 4,000 pixels) as target/screenshots/NAME.png. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Dimension window = driver.manage().window().getSize();
        long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(4000, Math.max(height,
                window.getHeight()))));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(window);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            network.close();
            driver.quit();
        } finally {
            trap.close();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
