package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.testing.TestHttp;
import io.waishi.publicity.PublicityOverHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An item written in Chinese, translated into English, each version through the three reviews by the role of
 * each step with If-Match; corrected, diffed, searched and retracted.
 */
class ContentItemReviewIT extends PublicityOverHttp {

    private static final String PATH = "/api/publicity/items";

    @Test
    void anItemAndItsTranslationPassTheThreeReviewsByRole() {
        String marker = marker();
        TestHttp.Answer created = send("POST", PATH, editor, null, Map.of("kind", "CULTURAL_SHOWCASE",
                "tags", List.of(" Culture ", "Himeji"), "about", Map.of("partnerCityId", "pc-" + marker),
                "images", List.of(Map.of("ref", "media/42", "caption", Map.of("zh", "开幕式", "en", "Opening"),
                        "credit", "Xinhua")),
                "zh", Map.of("title", "铜川文化周 " + marker, "summary", "在姬路开幕",
                        "body", "<h2>开幕</h2><p onclick=\"alert(1)\">第一段</p><script>alert('x')</script>"
                                + "<a href=\"javascript:alert(1)\">链接</a>")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String etag = created.header("ETag");
        JsonNode zh = created.json().get("versions").get(0);
        assertThat(zh.get("language").asString()).isEqualTo("zh");
        assertThat(zh.get("body").asString()).contains("<h2>开幕</h2>", "第一段")
                .doesNotContain("<script", "onclick", "javascript:");
        assertThat(created.json().get("tags").get(0).asString()).isEqualTo("culture");

        TestHttp.Answer translated = send("PUT", PATH + "/" + id + "/versions/en", editor, etag, Map.of(
                "title", "Tongchuan Culture Week " + marker, "summary", "Opens in Himeji",
                "body", "<p>First paragraph</p>", "translator", "Lisa Wang"));
        assertThat(translated.status()).as(translated.body()).isEqualTo(200);
        assertThat(send("PUT", PATH + "/" + id + "/versions/en", editor, etag, Map.of("title", "x")).status())
                .isEqualTo(412);
        etag = translated.header("ETag");
        assertThat(version(translated.json(), "en").get("translator").asString()).isEqualTo("Lisa Wang");

        etag = ok(send("POST", PATH + "/" + id + "/versions/zh/submit", editor, etag, null));
        etag = ok(send("POST", PATH + "/" + id + "/versions/zh/review/approve", editor, etag, Map.of("comment", "初审通过")));
        assertThat(send("POST", PATH + "/" + id + "/versions/zh/review/approve", leader, etag, null).status())
                .isEqualTo(403);
        etag = ok(send("POST", PATH + "/" + id + "/versions/zh/review/approve", sectionHead, etag, null));
        TestHttp.Answer editorAtFinal = send("POST", PATH + "/" + id + "/versions/zh/review/approve", editor, etag, null);
        assertThat(editorAtFinal.status()).as(editorAtFinal.body()).isEqualTo(403);
        TestHttp.Answer finalApproval = send("POST", PATH + "/" + id + "/versions/zh/review/approve", leader, etag,
                Map.of("comment", "同意发布"));
        etag = ok(finalApproval);
        JsonNode approved = version(finalApproval.json(), "zh");
        assertThat(approved.get("review").get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("publishable").asBoolean()).isTrue();
        assertThat(approved.get("review").get("decisions")).hasSize(4);
        assertThat(version(finalApproval.json(), "en").get("publishable").asBoolean()).isFalse();

        // the English version: sent back by the section head with comments, revised, submitted again
        etag = ok(send("POST", PATH + "/" + id + "/versions/en/submit", editor, etag, null));
        etag = ok(send("POST", PATH + "/" + id + "/versions/en/review/approve", editor, etag, null));
        assertThat(send("POST", PATH + "/" + id + "/versions/en/review/send-back", sectionHead, etag,
                Map.of("comment", " ")).status()).isEqualTo(400);
        TestHttp.Answer sentBack = send("POST", PATH + "/" + id + "/versions/en/review/send-back", sectionHead, etag,
                Map.of("comment", "Name the venue"));
        etag = ok(sentBack);
        assertThat(version(sentBack.json(), "en").get("review").get("state").asString()).isEqualTo("SENT_BACK");
        assertThat(send("POST", PATH + "/" + id + "/versions/en/review/approve", sectionHead, etag, null).status())
                .isEqualTo(409);

        // a correction of the approved Chinese version: a new revision, reviewed again
        TestHttp.Answer corrected = send("PUT", PATH + "/" + id + "/versions/zh", editor, etag, Map.of(
                "title", "铜川文化周 " + marker, "summary", "在姬路城开幕", "body", "<h2>开幕</h2><p>第一段</p><p>第二段</p>"));
        etag = ok(corrected);
        JsonNode zhAgain = version(corrected.json(), "zh");
        assertThat(zhAgain.get("revision").asInt()).isEqualTo(2);
        assertThat(zhAgain.get("review").get("state").asString()).isEqualTo("DRAFT");
        assertThat(zhAgain.get("publishable").asBoolean()).isFalse();

        JsonNode revisions = http.get(PATH + "/" + id + "/versions/zh/revisions", auditor).json();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("summary").asString()).isEqualTo("在姬路开幕");
        JsonNode diff = http.get(PATH + "/" + id + "/versions/zh/diff?from=1&to=2", sectionHead).json();
        assertThat(diff.get("summary").toString()).contains("REMOVED", "在姬路开幕", "ADDED", "在姬路城开幕");
        assertThat(diff.get("body").toString()).contains("第二段");
        assertThat(diff.get("title").get(0).get("op").asString()).isEqualTo("SAME");
        assertThat(http.get(PATH + "/" + id + "/versions/zh/diff?from=1&to=9", sectionHead).status()).isEqualTo(404);

        // retraction: the leader only, with a reason; the item keeps its history
        assertThat(send("POST", PATH + "/" + id + "/retract", editor, etag, Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(send("POST", PATH + "/" + id + "/retract", leader, etag, Map.of()).status()).isEqualTo(400);
        TestHttp.Answer retracted = send("POST", PATH + "/" + id + "/retract", leader, etag, Map.of("reason", "信息有误"));
        etag = ok(retracted);
        assertThat(retracted.json().get("status").asString()).isEqualTo("RETRACTED");
        assertThat(retracted.json().get("history").size()).isGreaterThan(10);
        assertThat(send("POST", PATH + "/" + id + "/versions/zh/submit", editor, etag, null).status()).isEqualTo(409);
        assertThat(http.get(PATH + "?state=RETRACTED&partnerCityId=pc-" + marker, auditor).json().get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void searchTakesTheWordsLiterallyAndFiltersByKindTagAndLanguage() {
        String marker = marker();
        String plain = create("NEWS", "合作签约 " + marker, List.of("economy"));
        String withDots = create("STORY", "标题含 .* 字符 " + marker, List.of("Culture"));
        assertThat(ids("q=" + encode(".*"))).contains(withDots).doesNotContain(plain);
        assertThat(ids("q=" + encode(marker))).containsExactlyInAnyOrder(plain, withDots);
        assertThat(ids("q=" + encode("(" + marker))).isEmpty();
        assertThat(ids("q=" + encode(marker) + "&kind=NEWS")).containsExactly(plain);
        assertThat(ids("q=" + encode(marker) + "&tag=CULTURE")).containsExactly(withDots);
        assertThat(ids("q=" + encode(marker) + "&language=en")).isEmpty();
        assertThat(http.get(PATH + "?kind=NOPE", editor).status()).isEqualTo(400);
    }

    @Test
    void validationRulesAndReaders() {
        assertThat(send("POST", PATH, editor, null, Map.of("kind", "NEWS", "zh", Map.of("title", " "))).status())
                .isEqualTo(400);
        String id = create("NEWS", "语种规则", List.of());
        String etag = http.get(PATH + "/" + id, editor).header("ETag");
        TestHttp.Answer notOffered = send("PUT", PATH + "/" + id + "/versions/fr", editor, etag,
                Map.of("title", "Règle"));
        assertThat(notOffered.status()).as(notOffered.body()).isEqualTo(422);
        assertThat(notOffered.body()).contains("ITEM_LANGUAGE_NOT_OFFERED", "ITEM_TRANSLATOR_NEEDED");
        assertThat(send("PUT", PATH + "/" + id + "/versions/ja", sectionHead, etag,
                Map.of("title", "規則", "translator", "Sato")).status()).isEqualTo(403);
        assertThat(send("POST", PATH, leader, null, Map.of("kind", "NEWS", "zh", Map.of("title", "x"))).status())
                .isEqualTo(403);
        assertThat(http.get(PATH + "/" + id, auditor).status()).isEqualTo(200);
        assertThat(http.get(PATH + "/" + id, clerk).status()).isEqualTo(403);
        assertThat(http.get(PATH, clerk).status()).isEqualTo(403);
    }

    private String create(String kind, String title, List<String> tags) {
        TestHttp.Answer created = send("POST", PATH, editor, null, Map.of("kind", kind, "tags", tags,
                "zh", Map.of("title", title)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<String> ids(String query) {
        TestHttp.Answer answer = http.get(PATH + "?size=100&" + query, editor);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode version(JsonNode item, String language) {
        return item.get("versions").valueStream().filter(v -> v.get("language").asString().equals(language))
                .findFirst().orElseThrow();
    }

    private static String ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.header("ETag");
    }

    private static String marker() {
        return io.waishi.platform.testing.TestKafka.newId().substring(0, 8);
    }
}
