package workbench.instrument;

import java.util.regex.Pattern;

/** The one glob syntax of every class, method and function pattern: {@code *} any run, {@code ?} one character. */
public final class Globs {

    private Globs() {
    }

    /**
     * @param glob a pattern with {@code *} and {@code ?}; every other character stands for itself
     * @return the equivalent regular expression, matched against a whole name
     */
    public static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
        return Pattern.compile(re.toString());
    }
}
