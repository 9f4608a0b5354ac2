/**
 * Target programs of the fault suite ({@code workbench.cli.FaultsIT}): each ends the way a profiled program can end
 * badly (out of memory, halted, killed) after counting its own calls, so that the profile can be checked against them.
 */
package demo.faults;
