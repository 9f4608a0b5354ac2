package demo.safety;

/**
 * The safety target: every case in turn, each printing a deterministic line; exits with {@link #EXIT} through
 * {@code System.exit}, so that the profile must also be written on that way out.
 *
 * <p>Arguments: the milliseconds of CPU work at the end for the samplers (default 0).
 */
public final class SafetyProgram {

    /** The program's exit code. */
    public static final int EXIT = 3;

    private SafetyProgram() {
    }

    public static void main(String[] args) throws Throwable {
        Concurrency.run();
        Deep.run();
        Throws.run();
        Kinds.run();
        Initializers.run();
        Natives.run();
        Hidden.run();
        Generated.run();
        Encapsulation.run();
        Busy.run(args.length > 0 ? Long.parseLong(args[0]) : 0);
        System.out.flush();
        System.exit(EXIT);
    }
}
