package io.waishi.publicity.item;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The body of a language version: HTML kept to an allow-list — headings, paragraphs, lists, links (http and
 * https only), emphasis, images by https address, tables. Scripts, styles, event-handler attributes and
 * {@code javascript:} or {@code data:} addresses never survive.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
                    "ul", "ol", "li", "a", "em", "strong", "b", "i", "u", "s", "sub", "sup", "span",
                    "img", "figure", "figcaption",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https")
            .addProtocols("img", "src", "https")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(true)
            .indentAmount(0).outline(true);

    private RichText() {
    }

    /** The HTML with everything outside the allow-list removed; null or blank gives the empty text. */
    public static String sanitised(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }

    /** The words of the body without markup, for search and previews. */
    public static String plain(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
