package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.TestOffice.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestTokens;
import io.waishi.travel.TravelServiceTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail of travel-service over HTTP, on the Mongo wire server and a real Kafka broker: a file's acts
 * recorded with who did them, from which state to which and why; a policy change; passports registered without
 * their numbers or holders' names in the trail; the auditor's endpoints.
 */
@TravelServiceTest
class DelegationAuditTrailIT {

    private static final String AUDIT = "/api/travel/audit";

    @LocalServerPort
    int port;

    TestHttp http;
    final String auditor = TestTokens.token("au.auditor", "AUDITOR");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void everyActOnAFileIsRecordedWithTheActorTheStateChangeAndTheReason() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.draft(office.plan("JP"));
        expect(200, office.command(id, "submit", office.clerk, null));
        expect(200, office.command(id, "sign", office.signatory, null));
        expect(200, office.command(id, "withdraw", office.clerk, Map.of("reason", "The partner board postponed the talks")));

        JsonNode records = awaitRecords("?objectId=" + id, 4).get("items");

        JsonNode withdrawn = records.get(0);
        assertThat(withdrawn.get("act").asString()).isEqualTo("POST /api/travel/delegations/{id}/withdraw");
        assertThat(withdrawn.get("actor").get("userId").asString()).isEqualTo("clerk-" + office.unit);
        assertThat(withdrawn.get("actor").get("roles").valueStream().map(JsonNode::asString)).containsExactly("UNIT_CLERK");
        assertThat(withdrawn.get("actor").get("unit").asString()).isEqualTo(office.unit);
        assertThat(withdrawn.get("state").get("from").asString()).isEqualTo("SIGNED");
        assertThat(withdrawn.get("state").get("to").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("reason").asString()).isEqualTo("The partner board postponed the talks");
        assertThat(withdrawn.get("objectType").asString()).isEqualTo("delegations");
        assertThat(withdrawn.get("aggregateType").asString()).isEqualTo("Delegation");

        JsonNode signed = records.get(1);
        assertThat(signed.get("actor").get("userId").asString()).isEqualTo("signatory-" + office.unit);
        assertThat(signed.get("actor").get("roles").valueStream().map(JsonNode::asString)).containsExactly("UNIT_SIGNATORY");
        assertThat(signed.get("state").get("from").asString()).isEqualTo("SUBMITTED");
        assertThat(signed.get("state").get("to").asString()).isEqualTo("SIGNED");
        assertThat(records.get(2).get("state").get("to").asString()).isEqualTo("SUBMITTED");
        JsonNode drafted = records.get(3);
        assertThat(drafted.get("act").asString()).isEqualTo("POST /api/travel/delegations");
        assertThat(drafted.get("state").get("to").asString()).isEqualTo("DRAFT");
        // Members' names are personal data: the trail says the plan was written, not who travels.
        assertThat(drafted.get("changes").findValuesAsString("path")).contains("plan.destinationCountries", "plan.members");
        assertThat(drafted.toString()).doesNotContain("Li Ming", "Chen Jing");
        JsonNode members = drafted.get("changes").valueStream()
                .filter(change -> change.get("path").asString().equals("plan.members")).findFirst().orElseThrow().get("to");
        assertThat(members.findValuesAsString("name")).containsExactly("[personal data]", "[personal data]");
        assertThat(members.findValuesAsString("post")).containsExactly("Deputy director", "Interpreter");

        JsonNode byClerk = awaitRecords("?objectId=" + id + "&user=clerk-" + office.unit, 3);
        assertThat(byClerk.get("items").findValuesAsString("act")).containsExactly(
                "POST /api/travel/delegations/{id}/withdraw", "POST /api/travel/delegations/{id}/submit",
                "POST /api/travel/delegations");
        assertVerified();
    }

    @Test
    void aPolicyChangeIsRecordedWithTheAdministratorAndTheNewValue() {
        // The default value again, from a far date: a real change of the policy that changes no other test's rules.
        String source = "Notice " + UUID.randomUUID();
        String effectiveFrom = LocalDate.now(TestOffice.OFFICE_ZONE).plusYears(5).toString();
        expect(200, http.post("/api/travel/policy/MAX_DELEGATION_SIZE/values", TestOffice.ADMIN, TestHttp.json(Map.of(
                "value", 6, "effectiveFrom", effectiveFrom, "source", source))));

        JsonNode change = await().atMost(Duration.ofSeconds(10)).until(
                () -> http.get(AUDIT + "?objectType=PolicyParameter&objectId=MAX_DELEGATION_SIZE&user=ada.admin&size=100",
                        auditor).json().get("items").valueStream()
                        .filter(record -> record.toString().contains(source)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();

        assertThat(change.get("act").asString()).isEqualTo("POST /api/travel/policy/{key}/values");
        assertThat(change.get("actor").get("roles").valueStream().map(JsonNode::asString)).containsExactly("ADMIN");
        assertThat(change.get("objectType").asString()).isEqualTo("policy_parameters");
        JsonNode added = change.get("changes").get(0);
        assertThat(added.get("path").asString()).isEqualTo("values");
        assertThat(added.get("added").get(0).get("source").asString()).isEqualTo(source);
        assertThat(added.get("added").get(0).get("setBy").asString()).isEqualTo("ada.admin");
    }

    @Test
    void passportNumbersAndHoldersNamesNeverEnterTheTrail() {
        String unit = "U-A" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String number = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        TestHttp.Answer registered = expect(201, http.post("/api/travel/passports", TestOffice.OFFICER, TestHttp.json(Map.of(
                "personId", unit + "-P9", "holderName", "Ouyang Xiu", "holderUnit", unit, "rank", "STAFF",
                "type", "ORDINARY_OFFICIAL", "number", number, "issuedOn", "2024-01-10", "expiresOn", "2034-01-09"))));
        String id = registered.json().get("id").asString();

        JsonNode record = awaitRecords("?objectId=" + id, 1).get("items").get(0);

        assertThat(record.get("objectType").asString()).isEqualTo("passports");
        assertThat(record.toString()).doesNotContain(number, "Ouyang Xiu");
        assertThat(record.get("state").get("to").asString()).isEqualTo("IN_CUSTODY");
        for (String personal : List.of("number", "holder.name")) {
            assertThat(record.get("changes").valueStream().filter(c -> c.get("path").asString().equals(personal))
                    .findFirst().orElseThrow().get("to").asString()).as(personal).isEqualTo("[personal data]");
        }
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheTrail() {
        String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();
        for (String path : List.of(AUDIT, AUDIT + "/verify")) {
            assertThat(http.get(path, auditor).status()).isEqualTo(200);
            assertThat(http.get(path, TestOffice.ADMIN).status()).isEqualTo(200);
            assertThat(http.get(path, clerk).status()).isEqualTo(403);
            assertThat(http.get(path, TestOffice.DIRECTOR).status()).isEqualTo(403);
            assertThat(http.get(path, null).status()).isEqualTo(401);
        }
        TestHttp.Answer bad = http.get(AUDIT + "?from=last-week", auditor);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    }

    private void assertVerified() {
        JsonNode verification = http.get(AUDIT + "/verify", auditor).json();
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("recordsChecked").asLong()).isPositive();
    }

    private JsonNode awaitRecords(String query, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            TestHttp.Answer answer = http.get(AUDIT + query, auditor);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return answer.json();
        }, page -> page.get("total").asLong() == count);
    }
}
