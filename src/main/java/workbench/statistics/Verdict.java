package workbench.statistics;

/** What a comparison of two sets of runs says about one row, and how a table prints it. */
public enum Verdict {
    /** B is faster than A by more than the noise threshold, and the evidence survives the tests. */
    FASTER("faster"),
    /** B is slower than A by more than the noise threshold, and the evidence survives the tests. */
    SLOWER("slower"),
    /**
     * No change beyond the noise threshold could be shown. This is not proof that nothing changed: the ratio's
     * interval printed beside it says how large a change the runs could still hide.
     */
    SAME("~"),
    /** Under the floor of the rows worth testing ({@link Family}): shown, not tested. */
    TOO_SMALL("too small"),
    /**
     * Shown for reading beside a tested row and kept out of every test: the wall-clock total beside the CPU one,
     * which a neighbour's load moves more than any change a test should call.
     */
    NOT_TESTED("not tested"),
    /** Too few runs on a side ({@value Change#MIN_RUNS} are needed) to call anything. */
    UNDECIDED("?");

    private final String symbol;

    Verdict(String symbol) {
        this.symbol = symbol;
    }

    /** @return what a table prints for this verdict: {@code faster}, {@code slower}, {@code ~} or {@code ?} */
    public String symbol() {
        return symbol;
    }

    /** @return the printed symbol, so that string concatenation prints what a table prints */
    @Override
    public String toString() {
        return symbol;
    }
}
