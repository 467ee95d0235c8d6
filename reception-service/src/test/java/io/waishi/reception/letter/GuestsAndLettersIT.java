package io.waishi.reception.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.reception.ReceptionOverHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A delegation's guests and visa letters over HTTP, on a real Kafka broker and the Mongo wire server: guests
 * put on the list, letters refused before approval and issued after, the letter printed, passport data masked
 * for others and never on Kafka nor in clear in the database.
 */
class GuestsAndLettersIT extends ReceptionOverHttp {

    static final String VISITS = "/api/receptions/visits";
    static final String TOPIC = "waishi.reception.visits";
    static final String PASSPORT = "M70412345";
    static final String BORN = "1968-04-02";
    static final String SEOUL = "中华人民共和国驻大韩民国大使馆";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    LetterRegister register;

    @Test
    void guestsAreListedLettersWaitForApprovalAndPassportsStayPrivate() {
        TestHttp.Answer requested = http.post(VISITS, reception, TestHttp.json(Map.of(
                "title", Map.of("zh", "韩国奉化郡代表团来访", "en", "Bonghwa County delegation"),
                "invitingDepartment", "市外事办", "purpose", Map.of("zh", "友好交流", "en", "Friendly exchange"),
                "arrivalDate", "2027-06-15", "departureDate", "2027-06-18", "guestCount", 3,
                "hostingMode", "FULL", "countries", List.of("KR"))));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String visitId = requested.json().get("id").asString();
        String guests = VISITS + "/" + visitId + "/guests";
        String letters = VISITS + "/" + visitId + "/letters";

        TestHttp.Answer head = http.post(guests, reception, TestHttp.json(guest("<script>alert(1)</script> KIM",
                "김영수", "BUREAU", true, Map.of("number", PASSPORT, "dateOfBirth", BORN, "nationality", "KR",
                        "expiryDate", "2031-05-01", "issuingPost", SEOUL))));
        assertThat(head.status()).as(head.body()).isEqualTo(201);
        assertThat(head.header("ETag")).isEqualTo("\"0\"");
        String headId = head.json().get("id").asString();
        assertThat(head.header("Location")).isEqualTo(guests + "/" + headId);
        assertThat(head.json().get("passport").get("number").asString()).isEqualTo(PASSPORT);
        assertThat(head.json().get("passport").get("dateOfBirth").asString()).isEqualTo(BORN);
        assertThat(http.post(guests, faoOfficer, TestHttp.json(guest("PARK", null, "OTHER", false, null))).status())
                .as("only reception officers edit guests").isEqualTo(403);
        TestHttp.Answer second = http.post(guests, reception,
                TestHttp.json(guest("PARK Ji-hoon", null, "DIVISION", true, null)));
        assertThat(second.status()).as(second.body()).isEqualTo(422);
        assertThat(second.json().get("violations").get(0).get("code").asString()).isEqualTo("HEAD_OF_DELEGATION_TAKEN");
        assertThat(second.json().get("violations").get(0).get("message").get("en").asString())
                .contains("rule HEAD_OF_DELEGATION_TAKEN");
        assertThat(http.post(guests, reception, TestHttp.json(guest("PARK Ji-hoon", null, "DIVISION", false, null)))
                .status()).isEqualTo(201);

        TestHttp.Answer badPassport = http.post(guests, reception, TestHttp.json(guest("LEE", null, "OTHER", false,
                Map.of("number", "X<1>", "dateOfBirth", "1990-02-31", "nationality", "KR", "expiryDate", "2031-05-01"))));
        assertThat(badPassport.status()).isEqualTo(400);
        assertThat(badPassport.body()).doesNotContain("X<1>").doesNotContain("1990-02-31");

        TestHttp.Answer masked = http.get(guests, faoOfficer);
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body()).doesNotContain(PASSPORT).doesNotContain(BORN).contains("M****2345");
        assertThat(masked.json().get("guests").get(0).get("passport").get("masked").asBoolean()).isTrue();
        assertThat(http.get(guests, reception).body()).contains(PASSPORT).contains(BORN);
        // The audit trail records every change of the guest list, and withholds the guests' names and passports.
        String trail = await().atMost(Duration.ofSeconds(20)).until(() -> http.get(
                "/api/receptions/audit?objectType=guest_lists&objectId=" + visitId, auditor),
                answer -> answer.status() == 200 && answer.json().get("items").size() >= 2).body();
        assertThat(trail).contains("[personal data]").doesNotContain("김영수").doesNotContain("PARK Ji-hoon")
                .doesNotContain(PASSPORT).doesNotContain(BORN);

        TestHttp.Answer order = http.post(VISITS + "/" + visitId + "/precedence", faoOfficer, TestHttp.json(Map.of(
                "hosts", List.of(Map.of("name", "王副市长", "rank", "BUREAU", "rankSince", "2023-01-01"),
                        Map.of("name", "李市长", "rank", "BUREAU", "rankSince", "2021-01-01")))));
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        assertThat(order.json().get("hosts").findValuesAsString("name")).containsExactly("李市长", "王副市长");
        assertThat(order.json().get("guests").get(0).get("position").asInt()).isEqualTo(1);
        assertThat(order.json().get("guests").get(0).get("ref").asString()).isEqualTo(headId);
        assertThat(order.body()).doesNotContain(PASSPORT);

        TestHttp.Answer early = http.post(letters, reception, "{}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("violations").get(0).get("code").asString()).isEqualTo("LETTER_BEFORE_APPROVAL");
        assertThat(early.json().get("violations").get(0).get("parameters").get("status").asString())
                .isEqualTo("REQUESTED");
        assertThat(early.json().get("violations").get(0).get("message").get("en").asString())
                .startsWith("No invitation or commitment before the visit is approved");

        TestHttp.Answer approved = http.send(http.request(VISITS + "/" + visitId + "/approve-invitation", director)
                .header("If-Match", requested.header("ETag")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        assertThat(http.post(letters, faoOfficer, "{}").status()).isEqualTo(403);
        TestHttp.Answer issued = http.post(letters, reception, TestHttp.json(Map.of(
                "itinerary", Map.of("zh", "会见市长，参观企业", "en", "Meet the mayor, visit companies"))));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String number = issued.json().get("numbers").get(0).asString();
        assertThat(number).matches("TCFAO-\\d{4}-\\d{4,}");
        assertThat(issued.json().get("numbers").size()).as("one embassy, one letter").isEqualTo(1);
        assertThat(issued.body()).doesNotContain(PASSPORT);
        assertThat(register.countIssued(visitId)).isEqualTo(1);
        assertThat(http.post(letters, reception, "{}").json().get("violations").get(0).get("code").asString())
                .as("a second issue finds nobody left to invite").isEqualTo("LETTER_NOBODY_TO_INVITE");

        TestHttp.Answer list = http.get(letters, faoOfficer);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("letters").get(0).get("number").asString()).isEqualTo(number);
        assertThat(list.json().get("letters").get(0).get("issuedBy").asString()).isEqualTo("zhou.reception");
        assertThat(list.body()).doesNotContain(PASSPORT).doesNotContain(BORN);

        TestHttp.Answer document = http.get(letters + "/" + number, reception);
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(document.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(document.header("Content-Disposition")).startsWith("inline");
        assertThat(document.header("Cache-Control")).contains("no-store");
        assertThat(document.body()).contains(number).contains(PASSPORT).contains(BORN).contains(SEOUL)
                .contains("友好交流").contains("Friendly exchange").contains("2027-06-15").contains("2027-06-18")
                .contains("会见市长，参观企业").contains("&lt;script&gt;alert(1)&lt;/script&gt; KIM")
                .doesNotContain("<script>");
        assertThat(http.get(letters + "/" + number, faoOfficer).status()).as("passport data: reception only")
                .isEqualTo(403);
        assertThat(http.get(letters + "/TCFAO-1999-0001", reception).status()).isEqualTo(404);

        for (String collection : List.of("guest_lists", "visa_letters")) {
            for (Document stored : mongo.getCollection(collection).find()) {
                assertThat(stored.toJson()).as("sealed at rest in " + collection).doesNotContain(PASSPORT)
                        .doesNotContain(BORN);
            }
        }
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestKafka.readAll(brokers, TOPIC).stream()
                        .filter(record -> visitId.equals(record.key())).toList(), found -> found.size() >= 2);
        for (ConsumerRecord<String, String> record : TestKafka.readAll(brokers, TOPIC)) {
            assertThat(record.value()).doesNotContain(PASSPORT).doesNotContain(BORN);
            record.headers().forEach(header -> assertThat(new String(header.value())).doesNotContain(PASSPORT));
        }
        assertThat(records).isNotEmpty();
    }

    static Map<String, Object> guest(String latinName, String nativeName, String rank, boolean head,
            Map<String, Object> passport) {
        Map<String, Object> body = new HashMap<>(Map.of("latinName", latinName, "country", "KR", "rank", rank,
                "title", "County Governor", "organisation", "Bonghwa County", "headOfDelegation", head,
                "firstVisitToCity", true, "rankSince", "2022-07-01"));
        if (nativeName != null) {
            body.put("nativeName", nativeName);
        }
        if (passport != null) {
            body.put("passport", passport);
        }
        return body;
    }
}
