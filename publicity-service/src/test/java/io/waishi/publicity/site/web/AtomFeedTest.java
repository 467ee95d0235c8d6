package io.waishi.publicity.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.site.PublishedItem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void markupInTitlesAndBodiesIsEscapedAsText() throws Exception {
        String body = "<p>A &amp; B ]]> <a href=\"https://example.org/?a=1&amp;b=2\">x</a></p>";
        PublishedItem item = new PublishedItem("i-1", "en", ItemKind.NEWS, List.of("culture"), "<Fish> & \"Chips\"",
                null, body, List.of(), null, 2, Instant.parse("2026-03-01T08:00:00Z"));
        String xml = AtomFeed.of("en", "https://example.org/public/feeds/en.atom", List.of(item));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(text(feed.getDocumentElement(), "updated")).isEqualTo("2026-03-01T08:00:00Z");
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(text(entry, "id")).isEqualTo("urn:waishi:item:i-1");
        assertThat(text(entry, "title")).isEqualTo("<Fish> & \"Chips\"");
        assertThat(text(entry, "content")).isEqualTo(body);
        assertThat(entry.getElementsByTagNameNS(ATOM, "summary").getLength()).isZero();
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        String xml = AtomFeed.of("ja", "https://example.org/public/feeds/ja.atom", List.of());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
