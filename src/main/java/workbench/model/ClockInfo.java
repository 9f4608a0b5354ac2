package workbench.model;

/**
 * The timer every time in a run was read with, and what one reading costs: the floor of a traced call's cost, and
 * why two machines' figures differ.
 *
 * @param source         the kernel's clock source ({@code tsc}, {@code kvm-clock}), {@code ""} where unknown
 * @param nanoTimeNanos  measured cost of one {@code System.nanoTime()} call
 */
public record ClockInfo(String source, double nanoTimeNanos) {
}
