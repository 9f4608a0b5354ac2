package workbench.instrument;

/**
 * Where {@code workbench accuracy --inject} adds its delay and how long it is: {@code Class.method=200ns} at the
 * method's entry, {@code Class.method:LINE=...} at the start of one of its lines. The class is a binary name
 * ({@code com.acme.Data}) or its simple name ({@code Data}), which matches that class in any package.
 *
 * @param className the class, dotted, as typed (simple or binary)
 * @param method    the method's name; every overload of it gets the delay
 * @param line      the line where the delay goes, 0 for the method's entry
 * @param nanos     the delay per entry (or per time the line starts), in nanoseconds
 */
public record DelayTarget(String className, String method, int line, long nanos) {

    public DelayTarget {
        if (className.isEmpty() || method.isEmpty()) throw new IllegalArgumentException("no class or method");
        if (line < 0) throw new IllegalArgumentException("line must be positive, got " + line);
        if (nanos < 0) throw new IllegalArgumentException("the delay must be 0 or more nanoseconds, got " + nanos);
    }

    /**
     * @param text {@code CLASS.METHOD[:LINE]@NANOS}, the form {@link #toString()} writes (the agent's option)
     * @return the target
     * @throws IllegalArgumentException naming what is wrong
     */
    public static DelayTarget parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) throw new IllegalArgumentException("expected CLASS.METHOD[:LINE]@NANOS, got '" + text + "'");
        DelayTarget where = where(text.substring(0, at), 0);
        try {
            return new DelayTarget(where.className, where.method, where.line, Long.parseLong(text.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the delay must be whole nanoseconds, got '" + text.substring(at + 1)
                    + "'");
        }
    }

    /**
     * @param place {@code CLASS.METHOD} or {@code CLASS.METHOD:LINE}
     * @param nanos the delay
     * @return the target
     * @throws IllegalArgumentException when the place names no class and method
     */
    public static DelayTarget where(String place, long nanos) {
        String p = place.trim();
        int line = 0;
        int colon = p.lastIndexOf(':');
        if (colon > 0) {
            try {
                line = Integer.parseInt(p.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the line must be a number, got '" + p.substring(colon + 1) + "'");
            }
            p = p.substring(0, colon);
        }
        int dot = p.lastIndexOf('.');
        if (dot <= 0 || dot == p.length() - 1) {
            throw new IllegalArgumentException("expected Class.method, got '" + place + "'");
        }
        return new DelayTarget(p.substring(0, dot), p.substring(dot + 1), line, nanos);
    }

    /**
     * @param internalName a class's internal name ({@code com/acme/Data})
     * @return whether it is this target's class
     */
    public boolean matchesClass(String internalName) {
        String c = className.replace('.', '/');
        return internalName.equals(c) || internalName.endsWith("/" + c) || internalName.endsWith("$" + c);
    }

    /** @return the place, {@code Class.method} or {@code Class.method:LINE}, as the user typed it */
    public String place() {
        return className + "." + method + (line > 0 ? ":" + line : "");
    }

    /**
     * @param delay another delay
     * @return this place with that delay
     */
    public DelayTarget withNanos(long delay) {
        return new DelayTarget(className, method, line, delay);
    }

    @Override
    public String toString() {
        return place() + "@" + nanos;
    }
}
