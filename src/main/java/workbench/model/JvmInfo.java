package workbench.model;

/**
 * Where a run ran.
 *
 * @param javaVersion {@code java.version} of the child JVM
 * @param vmName      {@code java.vm.name}
 * @param os          operating system and architecture
 * @param host        host name
 * @param cores       available processors
 */
public record JvmInfo(String javaVersion, String vmName, String os, String host, int cores) {
}
