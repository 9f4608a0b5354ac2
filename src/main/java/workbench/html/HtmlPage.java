package workbench.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbench.io.AtomicFiles;

/**
 * The page skeleton: one tab per section, the style sheet and the script inline, and a Content-Security-Policy that
 * lets nothing leave the page (no fetch, image, font or frame from anywhere; the flame graphs are {@code srcdoc}
 * frames, which inherit it). The file opens from disk with no network.
 */
public final class HtmlPage {

    /**
     * Nothing is loaded from anywhere: inline script and style only, images as {@code data:} URIs (none yet), frames
     * only from {@code srcdoc}.
     */
    static final String POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
            + " img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'";

    private final String title;
    private final List<String[]> tabs = new ArrayList<>();

    /** @param title the page's title */
    public HtmlPage(String title) {
        this.title = title;
    }

    /**
     * @param name the tab's name (escaped here)
     * @param body the section's HTML, already escaped by its writer
     * @return this
     */
    public HtmlPage tab(String name, String body) {
        tabs.add(new String[] {name, body});
        return this;
    }

    /** @return the whole page */
    public String render() {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(Html.element("title", title)).append('\n')
                .append("<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n")
                .append("<header>").append(Html.element("h1", title)).append("\n<nav class=\"tabs\">");
        for (int i = 0; i < tabs.size(); i++) {
            b.append("<button type=\"button\" data-tab=\"tab").append(i).append('"')
                    .append(i == 0 ? " class=\"active\"" : "").append('>').append(Html.escape(tabs.get(i)[0]))
                    .append("</button>");
        }
        b.append("</nav></header>\n");
        for (int i = 0; i < tabs.size(); i++) {
            b.append("<section class=\"tab\" id=\"tab").append(i).append('"').append(i == 0 ? "" : " hidden")
                    .append(">\n").append(Html.element("h2", tabs.get(i)[0])).append('\n').append(tabs.get(i)[1])
                    .append("</section>\n");
        }
        return b.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n").toString();
    }

    /**
     * Writes the page atomically: a reader never sees half of it.
     *
     * @param file the {@code .html} file
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, render().getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the jar lacks workbench/html/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
