package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import workbench.html.Browser;
import workbench.model.FunctionData;
import workbench.model.Target;
import workbench.session.DeterministicRecorder;
import workbench.session.ProfileSession;
import workbench.store.ProfileStore;

/**
 * {@code report} on real runs of every mode, a run-set comparison, an overhead study and a crafted class whose name
 * is markup, opened in a real headless chromium: the rows are the model's, sorting and the caller panels work, the
 * flame graphs and the heat map draw, the crafted name is text, and no request leaves the page. Screenshots of every
 * tab go to {@code target/report-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIT {

    private static final Pattern SAVED = Pattern.compile("saved (?:run|study) (\\S+)");
    /** A class name the JVM takes (only {@code . ; [ /} are barred from it) that is markup if a page forgets to escape. */
    static final String CRAFTED = "demo.Evil<img src=x onerror=pwned=1>";
    private static final int N = 20000;

    private Path dir;
    private Path profiles;
    private Path page;
    private Browser browser;
    private final List<String> ids = new ArrayList<>();

    @BeforeAll
    void makeRunsAndPage() throws Exception {
        String missing = Browser.missing();
        if (missing != null) System.out.println("ReportIT: skipped, " + missing);
        Assumptions.assumeTrue(missing == null, missing);
        dir = Files.createTempDirectory("report-it");
        profiles = dir.resolve("profiles");
        List<String> small = List.of("--iterations", "4", "--runs", "1", Integer.toString(N));
        ids.add(profile(List.of("--mode", "deterministic", "--name", "det"), small));
        ids.add(profile(List.of("--mode", "sampling", "--name", "samp"), small));
        ids.add(profile(List.of("--mode", "line", "--name", "lines"), small));
        ids.add(saved(Cli.run("overhead", "--profiles", profiles.toString(), "--repeat", "2", "--modes",
                "deterministic", "--iterations", "4", "--runs", "1", "--name", "costs", "10000")));
        ids.add(crafted());
        String fused = profile(List.of("--mode", "sampling", "--variant", "fused", "--name", "samp-fused"), small);
        page = dir.resolve("report.html");
        List<String> args = new ArrayList<>(List.of("report", "--profiles", profiles.toString(), "-o", page.toString()));
        args.addAll(ids);
        args.addAll(List.of("--compare", "samp", fused));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        System.out.printf("ReportIT: page of %d tabs, %d bytes%n", ids.size() + 1, Files.size(page));
        browser = Browser.start();
        browser.open(page);
    }

    @AfterAll
    void close() {
        if (browser != null) browser.close();
    }

    private String profile(List<String> mode, List<String> size) {
        List<String> args = new ArrayList<>(List.of("profile", "--profiles", profiles.toString()));
        args.addAll(mode);
        args.addAll(size);
        return saved(Cli.run(args.toArray(String[]::new)));
    }

    private static String saved(Cli.Result r) {
        assertEquals(0, r.code(), r.err());
        Matcher m = SAVED.matcher(r.err());
        assertTrue(m.find(), r.err());
        return m.group(1);
    }

    /** A class made with ASM, named {@link #CRAFTED}, whose main calls work() 3 times; profiled deterministically. */
    private String crafted() throws IOException {
        String internal = CRAFTED.replace('.', '/');
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internal, null, "java/lang/Object", null);
        cw.visitSource("Evil<b>.java", null);
        MethodVisitor main = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V",
                null, null);
        main.visitCode();
        for (int i = 0; i < 3; i++) main.visitMethodInsn(Opcodes.INVOKESTATIC, internal, "work", "()V", false);
        main.visitInsn(Opcodes.RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
        MethodVisitor work = cw.visitMethod(Opcodes.ACC_STATIC, "work", "()V", null, null);
        work.visitCode();
        work.visitInsn(Opcodes.RETURN);
        work.visitMaxs(0, 0);
        work.visitEnd();
        cw.visitEnd();
        Path classes = dir.resolve("crafted");
        Path file = classes.resolve(internal + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, cw.toByteArray());
        return new ProfileSession(new ProfileStore(profiles), Duration.ofMinutes(2), List.of())
                .withClassPath(List.of(classes))
                .run(new DeterministicRecorder(List.of("demo.*"), List.of(), false),
                        new Target(CRAFTED, List.of(), Map.of()), "crafted").run().id(); // run names cannot carry markup: the store allows [A-Za-z0-9._+-]
    }

    private WebElement tab(String startsWith) {
        browser.driver().switchTo().defaultContent();
        for (WebElement b : browser.driver().findElements(By.cssSelector("nav.tabs button"))) {
            if (b.getText().startsWith(startsWith)) {
                b.click();
                return browser.driver().findElement(By.id(b.getAttribute("data-tab")));
            }
        }
        throw new AssertionError("no tab " + startsWith);
    }

    private static List<String> column(WebElement table, int index) {
        List<String> out = new ArrayList<>();
        for (WebElement row : table.findElements(By.cssSelector(":scope > tbody > tr:not(.detail)"))) {
            out.add(row.findElements(By.tagName("td")).get(index).getText());
        }
        return out;
    }

    private static WebElement row(WebElement table, String function) {
        for (WebElement row : table.findElements(By.cssSelector(":scope > tbody > tr:not(.detail)"))) {
            if (row.getText().contains(function)) return row;
        }
        throw new AssertionError("no row " + function);
    }

    /** pstats' ncalls, {@code total/primitive} under recursion: the total. */
    private static List<Long> calls(List<String> cells) {
        return cells.stream().map(c -> Long.parseLong(c.split("/")[0])).toList();
    }

    @Test
    void the_cprofile_table_has_every_function_and_sorts_on_a_click() throws IOException {
        WebElement section = tab("det");
        WebElement table = section.findElement(By.cssSelector("table.functions"));
        FunctionData data = (FunctionData) new ProfileStore(profiles).load(profiles.resolve(ids.get(0) + ".json"))
                .merged();
        assertEquals(data.merged().size(), table.findElements(By.cssSelector(":scope > tbody > tr:not(.detail)")).size());
        // Data.randint: n calls to make the data, n per resample: n x iterations x runs
        assertEquals(Integer.toString(N + N * 4), row(table, "(Data.randint)").findElement(By.tagName("td")).getText());
        List<String> before = column(table, 0);
        WebElement ncalls = table.findElement(By.xpath(".//th[1]"));
        ncalls.click();
        List<Long> descending = calls(column(table, 0));
        assertNotEquals(before, column(table, 0), "a click on ncalls reorders the rows");
        List<Long> sorted = new ArrayList<>(descending);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, descending, "most calls first");
        ncalls.click();
        List<Long> ascending = calls(column(table, 0));
        java.util.Collections.reverse(sorted);
        assertEquals(sorted, ascending, "a second click turns the order around");
        browser.screenshot("deterministic");
    }

    @Test
    void clicking_a_function_shows_its_callers_and_callees_with_exact_counts() throws IOException {
        WebElement section = tab("det");
        WebElement table = section.findElement(By.cssSelector("table.functions"));
        row(table, "(Data.randint)").click();
        WebElement panel = section.findElements(By.cssSelector(".edges")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow();
        String text = panel.getText();
        assertTrue(text.contains("was called by"), text);
        assertTrue(row(panel.findElement(By.tagName("table")), "confidenceInterval").getText()
                .startsWith(Integer.toString(4 * N)), text); // the resamples' draws
        assertTrue(row(panel.findElement(By.tagName("table")), "Data.generate").getText()
                .startsWith(Integer.toString(N)), text); // the data's draws
        assertTrue(text.contains("{java.util.Random.nextInt}"), "its callee: " + text);
        browser.screenshot("callers");
        // a click on a caller walks up the call graph: its own panel, and its row in the table selected
        row(panel.findElement(By.tagName("table")), "confidenceInterval").click();
        WebElement up = section.findElements(By.cssSelector(".edges")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow();
        assertTrue(up.findElement(By.tagName("h4")).getText().endsWith("(BoxedBootstrap.confidenceInterval)"), up.getText());
        assertTrue(row(table, "(BoxedBootstrap.confidenceInterval)").getAttribute("class").contains("selected"));
    }

    @Test
    void the_flame_graphs_draw() throws IOException {
        for (String name : List.of("samp (", "compare")) {
            WebElement section = tab(name);
            WebElement frame = section.findElement(By.cssSelector("iframe.flame"));
            assertTrue(frame.getSize().getWidth() > 500 && frame.getSize().getHeight() > 200, name + ": " + frame.getSize());
            // the converter's canvas, polled from the report until its frame has loaded and drawn: pixels that are
            // not the background mean frames were drawn
            Object drawn = browser.driver().executeAsyncScript("const frame = arguments[0];"
                    + "const done = arguments[arguments.length - 1];"
                    + "const count = () => {"
                    + "const doc = frame.contentDocument; const c = doc && doc.getElementById('canvas');"
                    + "if (!c || c.width === 0) return -1;"
                    + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 250 || d[i + 1] < 250)) n++;"
                    + "return n; };"
                    + "let tries = 0; const poll = () => { const n = count(); if (n > 0 || ++tries > 50) done(n);"
                    + " else setTimeout(poll, 100); }; poll();", frame);
            assertTrue(((Number) drawn).longValue() > 1000, name + ": drawn pixels " + drawn);
            browser.screenshot(name.startsWith("samp") ? "sampling" : "compare");
        }
    }

    @Test
    void the_line_table_is_a_heat_map_over_the_source() throws IOException {
        WebElement section = tab("lines");
        WebElement heat = section.findElement(By.cssSelector("table.heat"));
        assertTrue(heat.getSize().getHeight() > 100 && heat.getSize().getWidth() > 400, heat.getSize().toString());
        // BoxedBootstrap.java:26, the resample loop: n + 1 line starts per iteration, 4 iterations
        WebElement loop = heat.findElement(By.cssSelector("tr[data-line='26']"));
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", 4 * (N + 1)), loop.findElement(By.cssSelector("td.hits")).getText());
        assertTrue(loop.getText().contains("choices.add"), loop.getText());
        String shade = loop.findElement(By.cssSelector("td.code")).getCssValue("background-color");
        assertTrue(shade.startsWith("rgba(230, 70, 0"), "the hot line is shaded: " + shade);
        browser.screenshot("line");
    }

    @Test
    void the_overhead_study_has_its_chart_and_tables() throws IOException {
        WebElement section = tab("costs");
        WebElement svg = section.findElement(By.cssSelector(".chart svg"));
        assertTrue(svg.getSize().getWidth() > 400 && svg.getSize().getHeight() > 200, svg.getSize().toString());
        WebElement costs = section.findElement(By.cssSelector("table.costs"));
        List<String> configurations = column(costs, 0);
        assertEquals(3, configurations.size(), "plain, the reference and deterministic: " + configurations);
        assertTrue(configurations.contains("plain"), configurations.toString());
        assertFalse(section.findElements(By.cssSelector("table.distortion")).isEmpty(), "the distortion table");
        browser.screenshot("overhead");
    }

    @Test
    void a_name_that_is_markup_shows_as_text() throws IOException {
        WebElement section = tab("crafted");
        WebElement table = section.findElement(By.cssSelector("table.functions"));
        String work = row(table, ".work)").getText();
        assertTrue(work.startsWith("3 "), work);
        assertTrue(work.contains("Evil<img src=x onerror=pwned=1>.work"), work);
        assertEquals(0L, browser.js("return document.querySelectorAll('section img, section b').length;"));
        assertEquals(null, browser.js("return window.pwned === undefined ? null : window.pwned;"));
        browser.screenshot("crafted");
    }

    @Test
    void no_request_leaves_the_page() {
        for (WebElement b : browser.driver().findElements(By.cssSelector("nav.tabs button"))) b.click();
        String policy = browser.driver().findElement(By.cssSelector("meta[http-equiv='Content-Security-Policy']"))
                .getAttribute("content");
        assertTrue(policy.startsWith("default-src 'none'"), policy);
        assertEquals(List.of(), browser.requestsLeavingThePage());
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource').length;"));
    }
}
