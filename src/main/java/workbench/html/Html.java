package workbench.html;

/**
 * Escaping for everything that reaches the page: class, method, file, thread and run names carry {@code <init>},
 * generics, {@code $}, quotes and whatever a user typed, and must show as text, never as markup.
 */
public final class Html {

    private Html() {
    }

    /**
     * @param text any text
     * @return it safe as element content and as a quoted attribute value: {@code & < > " '} escaped
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param tag   an element name of ours
     * @param text  its text, escaped here
     * @return the element
     */
    public static String element(String tag, String text) {
        return "<" + tag + ">" + escape(text) + "</" + tag + ">";
    }
}
