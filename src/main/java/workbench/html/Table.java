package workbench.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTML table the page's script sorts by any column: each cell carries its sort value ({@code data-v}), so that
 * {@code 4100000} sorts above {@code 52} and {@code 0.1/3} as its first number. Every cell's text is escaped here.
 */
final class Table {

    /** A column: its heading and whether it sorts as numbers. */
    record Column(String heading, boolean numeric) {
    }

    /**
     * One cell.
     *
     * @param text  what it shows (escaped when drawn)
     * @param sort  its sort value: a number for numeric columns, else the text
     * @param style a CSS class of ours, {@code ""} for none
     */
    record Cell(String text, String sort, String style) {
        static Cell text(String text) {
            return new Cell(text, text, "");
        }

        static Cell number(String text, double value) {
            return new Cell(text, Double.isFinite(value) ? String.format(Locale.ROOT, "%.9g", value) : "-1e300", "");
        }

        Cell styled(String css) {
            return new Cell(text, sort, css);
        }
    }

    private final String css;
    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<String> rowIds = new ArrayList<>();

    /**
     * @param css     the table's CSS classes besides {@code sortable}
     * @param columns the columns
     */
    Table(String css, List<Column> columns) {
        this.css = css;
        this.columns = List.copyOf(columns);
    }

    /**
     * @param cells one per column
     * @param id    the row's {@code data-row} (the panel a click shows), or {@code null}
     * @return this
     */
    Table row(List<Cell> cells, String id) {
        if (cells.size() != columns.size()) throw new IllegalArgumentException("a row needs " + columns.size() + " cells");
        rows.add(List.copyOf(cells));
        rowIds.add(id);
        return this;
    }

    /** @return how many rows */
    int size() {
        return rows.size();
    }

    /** @return the table's HTML */
    String html() {
        StringBuilder b = new StringBuilder("<table class=\"sortable ").append(Html.escape(css)).append("\">\n<thead><tr>");
        for (Column c : columns) {
            b.append("<th").append(c.numeric ? " data-type=\"num\"" : "").append(" title=\"click to sort\">")
                    .append(Html.escape(c.heading)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            String id = rowIds.get(r);
            b.append(id == null ? "<tr>" : "<tr class=\"clickable\" data-row=\"" + Html.escape(id) + "\">");
            for (int i = 0; i < columns.size(); i++) {
                Cell c = rows.get(r).get(i);
                String style = (columns.get(i).numeric ? "num " : "") + c.style;
                b.append("<td");
                if (!style.isBlank()) b.append(" class=\"").append(Html.escape(style.trim())).append('"');
                b.append(" data-v=\"").append(Html.escape(c.sort)).append("\">").append(Html.escape(c.text))
                        .append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }
}
