package workbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import workbench.model.FunctionStats;

/**
 * One of pstats' print restrictions, applied to the sorted list: a count ({@code 10}), a fraction in [0, 1)
 * ({@code 0.1}) or a regular expression searched in {@code file:line(function)}.
 */
public final class Restriction {

    private final Integer count;
    private final Double fraction;
    private final Pattern regex;
    private final String text;

    private Restriction(Integer count, Double fraction, Pattern regex, String text) {
        this.count = count;
        this.fraction = fraction;
        this.regex = regex;
        this.text = text;
    }

    /**
     * @param n a non-negative count
     * @return keep the first {@code n} entries
     */
    public static Restriction count(int n) {
        if (n < 0) throw new IllegalArgumentException("a limit must not be negative, got " + n);
        return new Restriction(n, null, null, Integer.toString(n));
    }

    /**
     * @param f a fraction in [0, 1]
     * @return keep that fraction of the entries, rounded
     */
    public static Restriction fraction(double f) {
        if (!(f >= 0 && f <= 1)) throw new IllegalArgumentException("a fraction limit must be in [0, 1], got " + f);
        return new Restriction(null, f, null, Double.toString(f));
    }

    /**
     * @param re a regular expression
     * @return keep the entries whose {@code file:line(function)} it finds a match in
     * @throws IllegalArgumentException when it does not compile
     */
    public static Restriction regex(String re) {
        try {
            return new Restriction(null, null, Pattern.compile(re), "'" + re.replace("\\", "\\\\").replace("'", "\\'") + "'");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression '" + re + "': "
                    + e.getDescription().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @param text {@code N} for a count, a number with a point for a fraction
     * @return the restriction
     * @throws IllegalArgumentException when it is neither
     */
    public static Restriction parseLimit(String text) {
        try {
            if (text.contains(".") || text.contains("e") || text.contains("E")) return fraction(Double.parseDouble(text));
            return count(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a limit is a count (10) or a fraction (0.1), got '" + text + "'");
        }
    }

    /**
     * pstats' {@code eval_print_amount}.
     *
     * @param list the sorted entries
     * @param msg    where the "List reduced" line goes when the list shrinks
     * @param labels the names a regex is matched against
     * @return the kept entries
     */
    List<FunctionStats> apply(List<FunctionStats> list, StringBuilder msg, Labels labels) {
        List<FunctionStats> kept = list;
        if (regex != null) {
            kept = new ArrayList<>();
            for (FunctionStats s : list) {
                if (regex.matcher(labels.label(s.function())).find()) kept.add(s);
            }
        } else if (fraction != null) {
            if (fraction < 1.0) kept = list.subList(0, (int) (list.size() * fraction + .5));
        } else if (count < list.size()) {
            kept = list.subList(0, count);
        }
        if (kept.size() != list.size()) {
            msg.append("   List reduced from ").append(list.size()).append(" to ").append(kept.size())
                    .append(" due to restriction <").append(text).append(">\n");
        }
        return kept;
    }

    @Override
    public String toString() {
        return text;
    }
}
