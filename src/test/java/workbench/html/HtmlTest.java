package workbench.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void every_character_that_opens_markup_or_closes_an_attribute_is_escaped() {
        assertEquals("&lt;init&gt; &amp; a&quot;b&#39;c", Html.escape("<init> & a\"b'c"));
        assertEquals("lambda$main$0 java.util.List&lt;java.lang.Double&gt;",
                Html.escape("lambda$main$0 java.util.List<java.lang.Double>"));
    }

    @Test
    void an_element_escapes_its_text() {
        assertEquals("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", Html.element("td", "<script>alert(1)</script>"));
    }
}
