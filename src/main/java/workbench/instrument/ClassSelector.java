package workbench.instrument;

/**
 * Decides what gets instrumented: which classes (by internal name), and within them which methods. A call from an
 * instrumented method to a class that is not instrumented becomes a call-site probe, i.e. a built-in row.
 */
public interface ClassSelector {

    /**
     * @param internalName e.g. {@code workbench/workload/Data}
     * @return whether the class's methods get entry and exit probes
     */
    boolean instruments(String internalName);

    /**
     * @param internalName the class
     * @param method       the method's name
     * @return whether this method of an instrumented class gets probes
     */
    boolean instruments(String internalName, String method);
}
