package workbench.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads frame names, and a differential page's per-frame changes, back from a flame graph page. */
public final class FlameGraphPages {

    private static final Pattern ENTRY = Pattern.compile("^'(.*)',?$", Pattern.MULTILINE);
    private static final Pattern CALL = Pattern.compile("^([fun])\\(([-0-9,]*)\\)$");
    private static final Pattern DELTA = Pattern.compile("^d=(U|-?\\d+)$");
    private static final Pattern MAXDIFF = Pattern.compile("const maxdiff = (-?\\d+);");

    private FlameGraphPages() {
    }

    /**
     * One drawn frame.
     *
     * @param name  its title
     * @param level its depth, 0 for the root ({@code all})
     * @param width its samples
     * @param delta on a differential page, the change in its self samples from the baseline; {@code null} for a
     *              frame the baseline does not have (the page's {@code d=U}); 0 on a plain page
     */
    public record PageFrame(String name, int level, long width, Long delta) {
    }

    /**
     * @param page the HTML
     * @return the frame names of its {@code cpool}, decoded
     */
    public static List<String> frameNames(String page) {
        int start = page.indexOf("const cpool = [");
        int end = page.indexOf("];", start);
        List<String> names = new ArrayList<>();
        String previous = "";
        Matcher m = ENTRY.matcher(page.substring(start, end));
        while (m.find()) {
            String entry = m.group(1).replace("\\'", "'").replace("\\\\", "\\");
            // after the root ('all'), a name's first character says how many characters of the previous name
            // come first (plus 32, to stay printable)
            String name = names.isEmpty() ? entry : previous.substring(0, entry.charAt(0) - ' ') + entry.substring(1);
            names.add(name);
            previous = name;
        }
        return names;
    }

    /**
     * Replays the page's frame script: {@code f(key, level, left, width...)} starts a frame at a level,
     * {@code u(key, width...)} one level up from the last, {@code n(key, width...)} next to it; a missing (or zero)
     * width repeats the last; {@code d=...} sets the change of the frames that follow.
     *
     * @param page the HTML
     * @return its frames in the page's order
     */
    public static List<PageFrame> frames(String page) {
        List<String> names = frameNames(page);
        int start = page.lastIndexOf("unpack(cpool);");
        int end = page.indexOf("\nsearch(", start);
        List<PageFrame> out = new ArrayList<>();
        int level = 0;
        long width = 0;
        Long delta = 0L;
        for (String line : page.substring(start, end).split("\n")) {
            Matcher d = DELTA.matcher(line);
            if (d.matches()) {
                delta = d.group(1).equals("U") ? null : Long.valueOf(d.group(1));
                continue;
            }
            Matcher c = CALL.matcher(line);
            if (!c.matches()) continue;
            String[] args = c.group(2).split(",");
            int key = Integer.parseInt(args[0]);
            int widthAt = 1;
            switch (c.group(1)) {
                case "f" -> {
                    level = Integer.parseInt(args[1]);
                    widthAt = 3;
                }
                case "u" -> level++;
                default -> { }
            }
            if (args.length > widthAt && Long.parseLong(args[widthAt]) != 0) width = Long.parseLong(args[widthAt]);
            out.add(new PageFrame(names.get(key >>> 3), level, width, delta));
        }
        return out;
    }

    /**
     * @param page the HTML
     * @return the largest change of any frame on a differential page; -1 on a plain page
     */
    public static long maxdiff(String page) {
        Matcher m = MAXDIFF.matcher(page);
        if (!m.find()) throw new AssertionError("no maxdiff in the page");
        return Long.parseLong(m.group(1));
    }
}
