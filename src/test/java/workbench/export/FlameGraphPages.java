package workbench.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads frame names back from a flame graph page, whose string pool shares each name's prefix with the previous. */
public final class FlameGraphPages {

    private static final Pattern ENTRY = Pattern.compile("^'(.*)',?$", Pattern.MULTILINE);

    private FlameGraphPages() {
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
}
