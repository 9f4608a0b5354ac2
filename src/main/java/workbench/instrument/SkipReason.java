package workbench.instrument;

/**
 * Why the agent leaves a class or a method as the compiler wrote it. Every rule that keeps probes out is one of
 * these, so that what is never instrumented is written down in one place and named the same way in every warning.
 *
 * <p>A skipped method still runs, unchanged; only its rows are missing from the profile. Reasons that say nothing
 * the user could not guess (an abstract method has no code) are not {@linkplain #warns() warned about}.
 */
public enum SkipReason {

    /** An abstract method: there is no code to run, so nothing is lost. */
    ABSTRACT("it has no code (abstract)", false),
    /** A bridge method the compiler made: its one call is to the real method, which is instrumented. */
    BRIDGE("it is a compiler-made bridge", false),
    /** A module descriptor is not a class. */
    MODULE_INFO("it is a module descriptor", false),
    /** A native method's code is not bytecode. */
    NATIVE("it is native (no bytecode to put probes in)", true),
    /** The JVM refuses a method whose code passes 65,535 bytes; the probes would take it there. */
    TOO_LARGE("with probes its code would pass the JVM's 64 KB limit per method", true),
    /**
     * {@code jsr}/{@code ret} subroutines (a {@code finally} compiled for Java 1.4 and earlier): a return address on
     * the stack and in locals, which the probes' handlers and the line starts cannot follow.
     */
    SUBROUTINES("it uses jsr/ret subroutines (a class file for Java 1.4 or earlier)", true),
    /** A constructor whose {@code super(...)}/{@code this(...)} call cannot be told apart from other calls. */
    NO_SUPER_CALL("it is a constructor without a super(...) or this(...) call to put the probes after", true),
    /** A class file newer than the instrumenter (ASM) can read. */
    UNSUPPORTED_VERSION("its class file version is newer than the instrumenter reads", true),
    /** The JVM does not hand hidden classes to agents: a program that defines them runs them unprofiled. */
    HIDDEN_CLASSES("the JVM never hands hidden classes to agents", true),
    /** The line mode counts lines: without a LineNumberTable there are none. */
    NO_LINE_NUMBERS("it has no line numbers (compiled without -g:lines)", true),
    /** The line mode needs the first instruction on a numbered line, to count the entry. */
    NO_FIRST_LINE("its code does not start on a numbered line", true),
    /** The line mode's table spans its method's lines: a local class with lines elsewhere does not fit in it. */
    LINES_ELSEWHERE("it has lines outside the table of the method it belongs to", true),
    /** Anything the instrumenter itself failed on: the class is kept as it was. */
    FAILED("the instrumenter failed on it", true);

    private final String text;
    private final boolean warns;

    SkipReason(String text, boolean warns) {
        this.text = text;
        this.warns = warns;
    }

    /** @return the reason as the warning line gives it, e.g. {@code it is native (no bytecode to put probes in)} */
    public String text() {
        return text;
    }

    /** @return whether leaving something out for this reason is worth a warning line */
    public boolean warns() {
        return warns;
    }
}
