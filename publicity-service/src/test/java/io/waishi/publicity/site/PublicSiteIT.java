package io.waishi.publicity.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.publicity.PublicityOverHttp;
import io.waishi.publicity.publication.PublicationService;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * The public site over HTTP, without a token: an item appears only once a reviewed version is published, in
 * that language only, with the published text; it is cached with an ETag and in the Atom feed; a retraction
 * takes it away everywhere.
 */
class PublicSiteIT extends PublicityOverHttp {

    private static final String ITEMS = "/api/publicity/items";

    @Autowired
    PublicationService publishing;

    @Test
    void onlyPublishedItemsAreVisibleAndRetractedOnesDisappear() throws Exception {
        String marker = TestKafka.newId().substring(0, 8);
        String tag = "site-" + marker;
        String body = "<p>正文 " + marker + " &amp; <b>粗体</b></p>";
        TestHttp.Answer created = send("POST", ITEMS, editor, null, Map.of("kind", "STORY", "tags", List.of(tag),
                "about", Map.of("partnerCityId", "pc-" + marker),
                "zh", Map.of("title", "公开测试 " + marker, "summary", "摘要 " + marker, "body", body)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String etag = created.header("ETag");
        String list = "/public/items?language=zh&tag=" + tag;

        assertThat(listed(list)).isEmpty();
        etag = ok(send("POST", ITEMS + "/" + id + "/versions/zh/submit", editor, etag, null));
        etag = ok(send("POST", ITEMS + "/" + id + "/versions/zh/review/approve", editor, etag, null));
        etag = ok(send("POST", ITEMS + "/" + id + "/versions/zh/review/approve", sectionHead, etag, null));
        assertThat(listed(list)).isEmpty();
        etag = ok(send("POST", ITEMS + "/" + id + "/versions/zh/review/approve", leader, etag, null));
        assertThat(listed(list)).as("reviewed but not published").isEmpty();
        assertThat(http.get("/public/items/" + id + "?language=zh", null).status()).isEqualTo(404);

        TestHttp.Answer published = send("POST", ITEMS + "/" + id + "/publications", editor, null,
                Map.of("channel", "WEBSITE", "language", "zh"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);

        JsonNode items = listed(list);
        assertThat(items).hasSize(1);
        JsonNode item = items.get(0);
        assertThat(item.get("id").asString()).isEqualTo(id);
        assertThat(item.get("kind").asString()).isEqualTo("STORY");
        assertThat(item.get("title").asString()).isEqualTo("公开测试 " + marker);
        assertThat(item.get("summary").asString()).isEqualTo("摘要 " + marker);
        assertThat(item.get("body").asString()).contains("<b>粗体</b>");
        assertThat(item.get("partnerCityId").asString()).isEqualTo("pc-" + marker);
        assertThat(item.get("publishedAt").isNull()).isFalse();
        assertThat(listed("/public/items?language=zh&tag=" + tag + "&partnerCityId=pc-" + marker)).hasSize(1);
        assertThat(listed("/public/items?language=zh&tag=" + tag + "&partnerCityId=elsewhere")).isEmpty();
        assertThat(listed("/public/items?language=zh&tag=" + tag + "&kind=NEWS")).isEmpty();
        assertThat(listed("/public/items?language=en&tag=" + tag)).as("not published in English").isEmpty();
        assertThat(http.get("/public/items/" + id + "?language=en", null).status()).isEqualTo(404);

        TestHttp.Answer one = http.get("/public/items/" + id + "?language=zh", null);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.header("Cache-Control")).contains("public", "max-age=60");
        String itemTag = one.header("ETag");
        assertThat(itemTag).startsWith("\"").doesNotStartWith("W/");
        assertThat(conditional("/public/items/" + id + "?language=zh", itemTag).status()).isEqualTo(304);
        TestHttp.Answer page = http.get(list, null);
        assertThat(page.header("Cache-Control")).contains("public", "max-age=60");
        assertThat(conditional(list, page.header("ETag")).status()).isEqualTo(304);

        Element entry = entryOf(id);
        assertThat(entry).as("the item is in the zh feed").isNotNull();
        assertThat(text(entry, "title")).isEqualTo("公开测试 " + marker);
        assertThat(text(entry, "content")).isEqualTo(item.get("body").asString());
        assertThat(((Element) entry.getElementsByTagNameNS("*", "content").item(0)).getAttribute("type"))
                .isEqualTo("html");

        String current = http.get(ITEMS + "/" + id, editor).header("ETag");
        ok(send("PUT", ITEMS + "/" + id + "/versions/zh", editor, current,
                Map.of("title", "草稿改动 " + marker, "body", "<p>还没审</p>")));
        TestHttp.Answer afterDraft = http.get("/public/items/" + id + "?language=zh", null);
        assertThat(afterDraft.json().get("title").asString()).isEqualTo("公开测试 " + marker);
        assertThat(afterDraft.json().get("body").asString()).contains("粗体").doesNotContain("还没审");
        assertThat(afterDraft.header("ETag")).isEqualTo(itemTag);

        current = http.get(ITEMS + "/" + id, editor).header("ETag");
        ok(send("POST", ITEMS + "/" + id + "/retract", leader, current, Map.of("reason", "信息有误")));
        publishing.publishDue();
        assertThat(listed(list)).isEmpty();
        assertThat(http.get("/public/items/" + id + "?language=zh", null).status()).isEqualTo(404);
        assertThat(entryOf(id)).as("gone from the feed").isNull();
    }

    private JsonNode listed(String path) {
        TestHttp.Answer answer = http.get(path, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items");
    }

    private TestHttp.Answer conditional(String path, String etag) {
        HttpRequest request = http.request(path, null).header("If-None-Match", etag).GET().build();
        return http.send(request);
    }

    private Element entryOf(String id) throws Exception {
        TestHttp.Answer feed = http.get("/public/feeds/zh.atom", null);
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml").containsIgnoringCase("utf-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (("urn:waishi:item:" + id).equals(text(entry, "id"))) {
                return entry;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    private static String ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.header("ETag");
    }
}
