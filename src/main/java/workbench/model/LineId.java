package workbench.model;

/**
 * Who a line is: a line of a method. Line data of two runs, or of a line and a sampling run, match on it.
 *
 * @param method the method the line belongs to (for a line table: the selected method, its lambdas included)
 * @param line   the source line
 */
public record LineId(MethodId method, int line) implements Comparable<LineId> {

    @Override
    public int compareTo(LineId o) {
        int c = method.compareTo(o.method);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
