package workbench.instrument;

/**
 * Where a deterministic run's warm-up ends: at the start of the ({@code runs}+1)-th call of a method ({@code --warmup N
 * --warmup-at Class.method}), after which the agent's counts begin ({@code workbench.agent.rt.Baseline}). The class
 * is a binary name or a simple name, as for {@code accuracy --inject} ({@link DelayTarget#where}); every overload of
 * the method counts.
 *
 * @param runs calls of the method (runs) left out, at least 1
 * @param at   the method (a place without a line and without a delay)
 */
public record WarmupBoundary(int runs, DelayTarget at) {

    public WarmupBoundary {
        if (runs < 1) throw new IllegalArgumentException("warm-up runs must be at least 1, got " + runs);
        if (at.line() != 0) throw new IllegalArgumentException("the warm-up boundary is a method, not a line");
    }

    /**
     * @param runs  returns left out
     * @param place {@code Class.method}
     * @return the boundary
     * @throws IllegalArgumentException when the place names no class and method
     */
    public static WarmupBoundary of(int runs, String place) {
        if (place.contains(":") || place.contains(",") || place.contains("@") || place.contains(";")) {
            throw new IllegalArgumentException("expected Class.method, got '" + place + "'");
        }
        return new WarmupBoundary(runs, DelayTarget.where(place, 0));
    }

    /**
     * @param text {@code N@Class.method}, the form {@link #toString()} writes (the agent's option)
     * @return the boundary
     * @throws IllegalArgumentException naming what is wrong
     */
    public static WarmupBoundary parse(String text) {
        int at = text.indexOf('@');
        if (at <= 0) throw new IllegalArgumentException("expected N@Class.method, got '" + text + "'");
        try {
            return of(Integer.parseInt(text.substring(0, at)), text.substring(at + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("warm-up runs must be a whole number, got '" + text.substring(0, at)
                    + "'");
        }
    }

    /** @return {@code Class.method}, as typed */
    public String place() {
        return at.place();
    }

    @Override
    public String toString() {
        return runs + "@" + place();
    }
}
