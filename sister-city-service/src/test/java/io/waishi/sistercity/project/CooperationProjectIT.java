package io.waishi.sistercity.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.sistercity.SisterCityOverHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A vocational-education project with Yorba Linda over HTTP: proposed, negotiated, agreed, implemented with a
 * milestone reached and its figures recorded, completed — every stage and the milestone announced on the
 * projects topic in the published contract; the board counts it.
 */
class CooperationProjectIT extends SisterCityOverHttp {

    private static final String PATH = "/api/sister-cities/projects";
    private static final String TOPIC = "waishi.sister-city.projects";
    /** A day that has come in every time zone. */
    private static final LocalDate REACHED_ON = LocalDate.now(ZoneOffset.UTC).minusDays(2);

    @Test
    void fromIdeaToCompletedEveryStageAndTheMilestoneAreRecordedAndAnnounced() {
        String partnerId = registerPartner("约巴林达市", "Yorba Linda");
        TestHttp.Answer created = http.post(PATH, officer, TestHttp.json(proposal(partnerId, "SCIENCE_AND_TECHNOLOGY")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.json().get("stage").asString()).isEqualTo("IDEA");
        assertThat(created.json().get("actions").valueStream().map(JsonNode::asString).toList())
                .contains("START_NEGOTIATING", "ADD_MILESTONE");
        String etag = created.header("ETag");

        etag = ok(command(id, "milestones", officer, etag, Map.of("title", Map.of("zh", "首批学员赴美", "en",
                "First cohort leaves"), "dueDate", "2027-03-01")));
        etag = ok(command(id, "milestones", officer, etag, Map.of("title", Map.of("zh", "第二批学员"))));
        TestHttp.Answer negotiating = command(id, "start-negotiating", officer, etag, null);
        assertThat(negotiating.status()).as(negotiating.body()).isEqualTo(200);
        assertThat(command(id, "agree", officer, etag, null).status()).isEqualTo(412);
        etag = negotiating.header("ETag");

        TestHttp.Answer early = command(id, "milestones/m-1/reached", officer, etag, Map.of("reachedOn", REACHED_ON));
        assertThat(early.status()).as(early.body()).isEqualTo(409);

        etag = ok(command(id, "agree", officer, etag, Map.of("note", "Memorandum signed in Yorba Linda")));
        etag = ok(command(id, "start-implementing", officer, etag, null));
        etag = ok(command(id, "milestones/m-1/reached", officer, etag, Map.of("reachedOn", REACHED_ON)));
        assertThat(command(id, "milestones/m-1/reached", officer, etag, Map.of("reachedOn", REACHED_ON)).status())
                .isEqualTo(409);
        etag = ok(put(id, "figures/investment-signed", officer, etag, Map.of("label", Map.of("zh", "签约投资额",
                "en", "Investment signed"), "value", 12000000, "unit", "yuan")));
        etag = ok(put(id, "figures/students-exchanged", officer, etag, Map.of("label", Map.of("zh", "交流学生"),
                "value", 40, "unit", "people")));

        TestHttp.Answer outstanding = command(id, "complete", officer, etag, null);
        assertThat(outstanding.status()).as(outstanding.body()).isEqualTo(422);
        assertThat(outstanding.json().get("violations").findValuesAsString("code"))
                .containsExactly("PROJECT_MILESTONES_OUTSTANDING");
        assertThat(outstanding.json().get("violations").get(0).get("message").get("zh").asString()).contains("m-2");
        assertThat(outstanding.json().get("violations").get(0).get("message").get("en").asString())
                .contains("1 still open (m-2)");

        etag = ok(command(id, "milestones/m-2/dropped", officer, etag, Map.of("reason", "Cohorts merged")));
        TestHttp.Answer completed = command(id, "complete", officer, etag, Map.of("note", "All delivered"));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        JsonNode project = completed.json();
        assertThat(project.get("history").findValuesAsString("to")).containsExactly("IDEA", "NEGOTIATING", "AGREED",
                "IMPLEMENTING", "COMPLETED");
        assertThat(project.get("history").get(2).get("note").asString()).isEqualTo("Memorandum signed in Yorba Linda");
        assertThat(project.get("milestones").findValuesAsString("status")).containsExactly("REACHED", "DROPPED");
        assertThat(project.get("figures").get(0).get("value").decimalValue()).isEqualByComparingTo("12000000");
        assertThat(project.get("actions").valueStream().map(JsonNode::asString).toList())
                .containsExactly("RECORD_FIGURE");

        TestHttp.Answer read = http.get(PATH + "/" + id, auditor);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(completed.header("ETag"));
        assertThat(read.json().get("figures").get(1).get("unit").asString()).isEqualTo("people");
        assertThat(read.json().get("figures").get(0).get("value").decimalValue()).isEqualByComparingTo("12000000");
        assertThat(read.json().get("actions")).isEmpty();
        TestHttp.Answer listed = http.get(PATH + "?partnerCityId=" + partnerId + "&stage=COMPLETED"
                + "&field=SCIENCE_AND_TECHNOLOGY", director);
        assertThat(listed.json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get(PATH + "?partnerCityId=" + partnerId + "&field=TRADE", director).json().get("total").asInt())
                .isZero();

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20)).until(
                () -> TestKafka.readAll(brokers, TOPIC).stream().filter(record -> id.equals(record.key())).toList(),
                list -> list.size() == 6);
        List<String> toStages = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            EventType type = EventType.PROJECT_STAGE_CHANGED.typeName().equals(TestKafka.header(record, "ce_type"))
                    ? EventType.PROJECT_STAGE_CHANGED : EventType.PROJECT_MILESTONE_REACHED;
            assertThat(TestKafka.header(record, "ce_type")).isEqualTo(type.typeName());
            assertThat(EventSchemas.problems(type, record.value())).as(record.value()).isEmpty();
            JsonNode data = TestHttp.JSON_MAPPER.readTree(record.value());
            toStages.add(type == EventType.PROJECT_STAGE_CHANGED ? data.get("toStage").asString()
                    : "milestone " + data.get("milestoneId").asString() + " " + data.get("reachedOn").asString());
            if (type == EventType.PROJECT_STAGE_CHANGED) {
                assertThat(data.get("field").asString()).isEqualTo("SCIENCE_AND_TECHNOLOGY");
            }
        }
        assertThat(toStages).containsExactly("IDEA", "NEGOTIATING", "AGREED", "IMPLEMENTING",
                "milestone m-1 " + REACHED_ON, "COMPLETED");
        assertThat(TestHttp.JSON_MAPPER.readTree(records.get(0).value()).has("fromStage")).isFalse();
    }

    @Test
    void aStalledProjectResumesWhereItStoppedAndTheBoardCountsByStage() {
        String partnerId = registerPartner("奈良市", "Nara");
        String idea = create(partnerId, "TOURISM");
        String stalled = create(partnerId, "CULTURE_AND_ARTS");
        create(partnerId, "CULTURE_AND_ARTS");
        String etag = ok(command(stalled, "start-negotiating", officer, "\"0\"", null));
        etag = ok(command(stalled, "agree", officer, etag, null));
        TestHttp.Answer noReason = command(stalled, "stall", officer, etag, Map.of());
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        TestHttp.Answer stall = command(stalled, "stall", officer, etag, Map.of("reason", "Partner budget frozen"));
        assertThat(stall.status()).as(stall.body()).isEqualTo(200);
        assertThat(stall.json().get("stalledFrom").asString()).isEqualTo("AGREED");

        TestHttp.Answer board = http.get(PATH + "/board?partnerCityId=" + partnerId, auditor);
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        assertThat(board.json().get("total").asInt()).isEqualTo(3);
        assertThat(board.json().get("columns").valueStream().map(column -> column.get("stage").asString()).toList())
                .containsExactly("IDEA", "NEGOTIATING",
                "AGREED", "IMPLEMENTING", "COMPLETED", "STALLED");
        assertThat(board.json().get("columns").valueStream().map(column -> column.get("count").asInt()).toList())
                .containsExactly(2, 0, 0, 0, 0, 1);
        assertThat(board.json().get("columns").get(5).get("projects").get(0).get("id").asString()).isEqualTo(stalled);
        assertThat(board.json().get("columns").get(0).get("projects").findValuesAsString("id")).contains(idea);
        TestHttp.Answer culture = http.get(PATH + "/board?partnerCityId=" + partnerId + "&field=CULTURE_AND_ARTS",
                auditor);
        assertThat(culture.json().get("total").asInt()).isEqualTo(2);

        TestHttp.Answer resumed = command(stalled, "resume", officer, stall.header("ETag"), null);
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().get("stage").asString()).isEqualTo("AGREED");
        assertThat(resumed.json().get("history").findValuesAsString("to")).endsWith("STALLED", "AGREED");
        assertThat(http.get(PATH + "?stage=STALLED&partnerCityId=" + partnerId, officer).json().get("total").asInt())
                .isZero();
    }

    @Test
    void strangersUnknownsStaleVersionsAndBadBodiesAreRefused() {
        String partnerId = registerPartner("约克市", "York");
        String id = create(partnerId, "TRADE");

        assertThat(http.get(PATH + "/" + id, clerk).status()).isEqualTo(403);
        assertThat(http.get(PATH + "/board", clerk).status()).isEqualTo(403);
        assertThat(http.post(PATH, clerk, TestHttp.json(proposal(partnerId, "TRADE"))).status()).isEqualTo(403);
        assertThat(command(id, "start-negotiating", director, null, null).status()).isEqualTo(403);

        TestHttp.Answer missing = http.get(PATH + "/" + TestKafka.newId(), officer);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(command(TestKafka.newId(), "start-negotiating", officer, null, null).status()).isEqualTo(404);
        assertThat(put(id, "milestones/m-7", officer, null, Map.of("title", Map.of("zh", "里程碑"))).status())
                .isEqualTo(404);
        assertThat(command(id, "milestones/m-7/reached", officer, null, Map.of("reachedOn", REACHED_ON)).status())
                .as("reaching waits for the agreement").isEqualTo(409);

        assertThat(command(id, "start-negotiating", officer, "\"7\"", null).status()).isEqualTo(412);

        Map<String, Object> noTitle = new HashMap<>(proposal(partnerId, "TRADE"));
        noTitle.remove("title");
        noTitle.put("leadDepartment", " ");
        TestHttp.Answer invalid = http.post(PATH, officer, TestHttp.json(noTitle));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.body()).contains("title").contains("leadDepartment");
        assertThat(http.post(PATH, officer, TestHttp.json(proposal(partnerId, "GARDENING"))).status()).isEqualTo(400);
        String agreed = create(partnerId, "TRADE");
        ok(command(agreed, "agree", officer, ok(command(agreed, "start-negotiating", officer, null, null)), null));
        assertThat(put(agreed, "figures/Bad Key", officer, null, Map.of("label", Map.of("zh", "x"), "value", 1,
                "unit", "yuan")).status()).isEqualTo(400);
        assertThat(put(agreed, "figures/trees", officer, null, Map.of("label", Map.of("zh", "树"), "value", -1,
                "unit", "trees")).status()).isEqualTo(400);

        Map<String, Object> unknown = new HashMap<>(proposal(TestKafka.newId(), "TRADE"));
        unknown.put("relationshipId", TestKafka.newId());
        TestHttp.Answer refused = http.post(PATH, officer, TestHttp.json(unknown));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code")).containsExactly(
                "PROJECT_PARTNER_UNKNOWN", "PROJECT_RELATIONSHIP_UNKNOWN");
        assertThat(refused.json().get("violations").get(0).get("message").get("zh").asString()).contains("伙伴城市");
    }

    private String create(String partnerId, String field) {
        TestHttp.Answer created = http.post(PATH, officer, TestHttp.json(proposal(partnerId, field)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, Object> proposal(String partnerId, String field) {
        return Map.of("partnerCityId", partnerId, "title", Map.of("zh", "职业教育合作", "en", "Vocational education"),
                "description", "Joint training of nurses", "field", field, "leadDepartment", "市教育局",
                "partnerBody", "Community College");
    }

    private String registerPartner(String zh, String en) {
        TestHttp.Answer registered = http.post("/api/sister-cities/partner-cities", officer, TestHttp.json(Map.of(
                "names", Map.of("zh", zh, "en", en), "country", "US", "administrativeLevel", "PREFECTURE_CITY",
                "diplomaticRelations", true, "otherChineseSisterCity", false)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private static String ok(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.header("ETag");
    }

    private TestHttp.Answer command(String id, String act, String token, String ifMatch, Object body) {
        return send("POST", id, act, token, ifMatch, body);
    }

    private TestHttp.Answer put(String id, String act, String token, String ifMatch, Object body) {
        return send("PUT", id, act, token, ifMatch, body);
    }

    private TestHttp.Answer send(String method, String id, String act, String token, String ifMatch, Object body) {
        HttpRequest.Builder request = http.request(PATH + "/" + id + "/" + act.replace(" ", "%20"), token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(TestHttp.json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }
}
