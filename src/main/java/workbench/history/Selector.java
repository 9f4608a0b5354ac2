package workbench.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.compare.RowKey;
import workbench.model.Frame;
import workbench.report.Labels;

/**
 * Which row {@code history} follows: a function by any name the tables give it (stripped {@code Data.randint}, full
 * package-qualified name (as {@code --no-strip-dirs} prints it), pstats' label, or the bare method name when only one method has it), or
 * a line as {@code FILE:N} (the file stripped or as its source path).
 *
 * @param function the function's name, or {@code null}
 * @param file     the line's file, or {@code null}
 * @param line     the line's number, 0 for a function
 */
public record Selector(String function, String file, int line) {

    private static final Labels FULL = new Labels(false);

    /**
     * @param name a function's name
     * @return the selector of that function
     */
    public static Selector function(String name) {
        return new Selector(name, null, 0);
    }

    /**
     * @param fileAndLine {@code FILE:N}
     * @return the selector of that line
     * @throws IllegalArgumentException when it is not {@code FILE:N} with N a positive whole number
     */
    public static Selector line(String fileAndLine) {
        int colon = fileAndLine.lastIndexOf(':');
        try {
            int n = Integer.parseInt(fileAndLine.substring(colon + 1));
            if (colon <= 0 || n <= 0) throw new NumberFormatException();
            return new Selector(null, fileAndLine.substring(0, colon), n);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("--line " + fileAndLine + ": expected FILE:N, e.g. BoxedBootstrap.java:26");
        }
    }

    /** @return whether this follows a line rather than a function */
    public boolean byLine() {
        return function == null;
    }

    /** @return what the user asked for, for messages */
    public String describe() {
        return byLine() ? file + ":" + line : function;
    }

    /**
     * @param rows every row the runs have
     * @return the distinct rows (by identity) this selects, with their labels
     */
    Map<RowKey, String> matches(List<RowKey> rows) {
        Map<RowKey, String> out = new LinkedHashMap<>();
        for (RowKey r : rows) {
            Frame f = r.display();
            boolean hit = byLine()
                    ? f.line() == line && (Labels.STRIPPED.file(f).equals(file) || FULL.file(f).equals(file)
                            || FULL.file(f).endsWith("/" + file))
                    : function.equals(Labels.STRIPPED.function(f)) || function.equals(FULL.function(f))
                            || function.equals(Labels.STRIPPED.label(f)) || function.equals(f.method().method());
            if (hit) out.putIfAbsent(r, byLine() ? Labels.STRIPPED.line(f) : Labels.STRIPPED.function(f));
        }
        return out;
    }
}
