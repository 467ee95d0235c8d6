package io.waishi.publicity.site.web;

import io.waishi.publicity.site.PublishedItem;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An Atom 1.0 feed of published items, written with the JDK's XML writer so that all text is escaped. */
final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String of(String language, String selfLink, List<PublishedItem> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
            element(xml, "id", "urn:waishi:feed:items:" + language);
            element(xml, "title", "Waishi (" + language + ")");
            Instant updated = items.stream().map(PublishedItem::publishedAt).max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
            element(xml, "updated", updated.toString());
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/atom+xml");
            xml.writeAttribute("href", selfLink);
            xml.writeStartElement("author");
            element(xml, "name", "Waishi");
            xml.writeEndElement();
            for (PublishedItem item : items) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:waishi:item:" + item.id());
                element(xml, "title", item.title());
                element(xml, "updated", item.publishedAt().toString());
                element(xml, "published", item.publishedAt().toString());
                if (item.summary() != null) {
                    element(xml, "summary", item.summary());
                }
                for (String tag : item.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(item.body() == null ? "" : item.body());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
