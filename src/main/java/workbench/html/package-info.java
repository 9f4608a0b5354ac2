/**
 * {@code workbench report}: one self-contained HTML page of saved runs, comparisons and overhead studies. The page
 * skeleton ({@link workbench.html.HtmlPage}) holds tabs; one section writer per kind of data renders from the model
 * through {@link workbench.html.Html}, which escapes every name that reaches the page.
 */
package workbench.html;
