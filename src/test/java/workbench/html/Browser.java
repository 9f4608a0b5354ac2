package workbench.html;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;

/**
 * A real headless chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium) for the report's
 * browser tests. Where either is missing, {@link #find()} says so in one printed line and the tests skip.
 */
public final class Browser implements AutoCloseable {

    /** Where the tests' screenshots go, for people to look at. */
    public static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    private static final int MAX_HEIGHT = 2400;
    private static final Pattern URL = Pattern.compile("\"Network\\.requestWillBeSent\".*?\"url\":\"([^\"]*)\"");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** @return why no browser can run here, or {@code null} when one can */
    public static String missing() {
        if (onPath("chromium") == null) return "no chromium on PATH (Debian: apt-get install chromium)";
        if (onPath("chromedriver") == null) return "no chromedriver on PATH (Debian: apt-get install chromium-driver)";
        return null;
    }

    /**
     * @return a headless chromium with its network log on
     * @throws IllegalStateException when {@link #missing()} is not {@code null}
     */
    public static Browser start() {
        String why = missing();
        if (why != null) throw new IllegalStateException(why);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(onPath("chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver").toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** @return the driver */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * @param page an HTML file
     */
    public void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
    }

    /**
     * @param script JavaScript run in the page (its {@code return} value is returned)
     * @param args   its {@code arguments}
     * @return what it returned
     */
    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Every request the browser sent since the last call, from its network log (the page's frames included): what
     * a page that loads nothing from anywhere must not have beyond its own file.
     *
     * @return the URLs of requests that are not the file itself, {@code data:} or {@code about:}
     */
    public List<String> requestsLeavingThePage() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get("performance")) {
            Matcher m = URL.matcher(e.getMessage());
            if (!m.find()) continue;
            String url = m.group(1);
            if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:")) continue;
            out.add(url);
        }
        return out;
    }

    /**
     * Writes a screenshot of the page (beyond the window, its first 2400 pixels) under {@link #SCREENSHOTS}.
     *
     * @param name the file's name without {@code .png}
     * @return the file
     * @throws IOException when it cannot be written
     */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // the page beyond the window, cut at MAX_HEIGHT: a table of a thousand rows need not be seen to its end
        js("window.scrollTo(0, 0);"); // from the top, where the sticky tab bar belongs
        Number width = (Number) js("return document.documentElement.scrollWidth;");
        Number height = (Number) js("return document.documentElement.scrollHeight;");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
                Math.min(height.intValue(), MAX_HEIGHT), "scale", 1);
        Object shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip)).get("data");
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot));
        return file;
    }

    /** @param width window width, @param height window height */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
