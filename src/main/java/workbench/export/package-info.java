/**
 * Profiles written in other tools' formats (async-profiler's HTML flame graph). Depends only on {@code model} and
 * the libraries whose formats it writes.
 */
package workbench.export;
