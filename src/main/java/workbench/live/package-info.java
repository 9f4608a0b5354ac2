/**
 * {@code profile --live}: a top-like view of a run while it runs. A {@link workbench.live.LiveSource} reads what the
 * running JVM has recorded so far ({@link workbench.live.LiveCounts}, counts since its start); {@link
 * workbench.live.LiveTable} turns successive readings into rows with shares and trends; {@link
 * workbench.live.LiveScreen} lays them out as lines, and {@link workbench.live.LiveView} draws them on the terminal
 * with JLine and reads the keys. The run itself is recorded and saved as without the view.
 */
package workbench.live;
