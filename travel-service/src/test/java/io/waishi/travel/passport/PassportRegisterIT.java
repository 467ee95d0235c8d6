package io.waishi.travel.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.platform.testing.TestClock;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.platform.testing.TestTokens;
import io.waishi.travel.delegation.RankLevel;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The passport register over HTTP and as the delegation workflow calls it, on a real Kafka broker and the
 * Mongo wire server, with a clock the test moves forward to make passports overdue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
// Events carry the moved clock's time as their record timestamp; the broker takes them from the future too.
@EmbeddedKafka(partitions = 1, brokerProperties = "log.message.timestamp.after.max.ms=" + Long.MAX_VALUE)
@Import(TestClock.InContext.class)
// Nobody else shares this context (its clock is ours): close it, and its broker, when the class is done.
@DirtiesContext
class PassportRegisterIT {

    private static final String PASSPORTS = "/api/travel/passports";
    private static final Actor OFFICER_ACTOR = Actor.of("sun.officer", null, Role.FAO_OFFICER);

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    TestClock clock;
    @Autowired
    PassportRegister register;
    @Autowired
    PassportOverdueSweep sweep;
    @Autowired
    MeterRegistry meters;

    TestHttp http;
    final String officer = TestTokens.token("sun.officer", "FAO_OFFICER");
    final String director = TestTokens.token("zhao.director", "FAO_DIRECTOR");
    final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();
    final String otherUnitClerk = TestTokens.user("wang.clerk").roles("UNIT_CLERK").unit("U-HEALTH").build();

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
        clock.reset();
        register.createIndexes();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anOfficerRegistersAPassportAndASecondValidOneForThePersonIsRefused() {
        String person = newPersonId();
        String number = newNumber();
        TestHttp.Answer created = registerOverHttp(officer, person, "U-EDU", "DIVISION", "SERVICE", number, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo(PASSPORTS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("state").asString()).isEqualTo("IN_CUSTODY");
        assertThat(created.json().get("number").asString()).isEqualTo(number);
        assertThat(created.json().get("history").get(0).get("by").asString()).isEqualTo("sun.officer");

        TestHttp.Answer second = registerOverHttp(officer, person, "U-EDU", "DIVISION", "SERVICE", newNumber(), null);
        assertThat(second.status()).as(second.body()).isEqualTo(422);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().get("type").asString()).isEqualTo("urn:waishi:problem:rule-violation");
        JsonNode violation = second.json().get("violations").get(0);
        assertThat(violation.get("code").asString()).isEqualTo("ONE_PASSPORT_PER_PERSON");
        assertThat(violation.get("parameters").get("personId").asString()).isEqualTo(person);
        assertThat(violation.get("parameters").get("existingPassportId").asString()).isEqualTo(id);
        assertThat(violation.get("parameters").get("validPassports").asInt()).isEqualTo(1);
        assertThat(violation.get("message").get("zh").asString()).contains(person).contains("每人最多持有1本");
        assertThat(violation.get("message").get("en").asString()).contains("already holds a valid official passport");

        TestHttp.Answer wrongType = registerOverHttp(officer, newPersonId(), "U-EDU", "VICE_MINISTER", "SERVICE",
                newNumber(), null);
        assertThat(wrongType.status()).isEqualTo(422);
        JsonNode typeViolation = wrongType.json().get("violations").get(0);
        assertThat(typeViolation.get("code").asString()).isEqualTo("PASSPORT_TYPE_BY_RANK");
        assertThat(typeViolation.get("parameters").get("expected").asString()).isEqualTo("DIPLOMATIC");
        assertThat(typeViolation.get("parameters").get("actual").asString()).isEqualTo("SERVICE");
        assertThat(typeViolation.get("message").get("zh").asString()).contains("外交护照");
        assertThat(http.get(PASSPORTS + "?personId=" + person, officer).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void onlyOfficersRegisterAndBadInputIsRefusedFieldByField() {
        assertThat(registerOverHttp(clerk, newPersonId(), "U-EDU", "STAFF", "ORDINARY_OFFICIAL", newNumber(), null)
                .status()).isEqualTo(403);
        assertThat(registerOverHttp(director, newPersonId(), "U-EDU", "STAFF", "ORDINARY_OFFICIAL", newNumber(), null)
                .status()).isEqualTo(403);

        TestHttp.Answer invalid = http.post(PASSPORTS, officer, TestHttp.json(Map.of(
                "personId", "has spaces", "holderName", "", "rank", "STAFF", "number", "se12")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("type").asString()).isEqualTo("urn:waishi:problem:validation");
        assertThat(invalid.json().get("errors").findValuesAsString("field"))
                .contains("personId", "holderName", "holderUnit", "type", "number", "issuedOn", "expiresOn");

        String number = newNumber();
        assertThat(registerOverHttp(officer, newPersonId(), "U-EDU", "STAFF", "ORDINARY_OFFICIAL", number, null)
                .status()).isEqualTo(201);
        TestHttp.Answer sameNumber = registerOverHttp(officer, newPersonId(), "U-EDU", "STAFF", "ORDINARY_OFFICIAL",
                number, null);
        assertThat(sameNumber.status()).as(sameNumber.body()).isEqualTo(409);
        assertThat(sameNumber.body()).doesNotContain(number);
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        String person = newPersonId();
        String key = UUID.randomUUID().toString();
        String number = newNumber();
        TestHttp.Answer first = registerOverHttp(officer, person, "U-EDU", "SECTION", "ORDINARY_OFFICIAL", number, key);
        TestHttp.Answer retried = registerOverHttp(officer, person, "U-EDU", "SECTION", "ORDINARY_OFFICIAL", number, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(http.get(PASSPORTS + "?personId=" + person, officer).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void numbersAreMaskedInListsAndForEveryoneButPassportOfficers() {
        String person = newPersonId();
        String number = newNumber();
        String masked = number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
        String id = registerOverHttp(officer, person, "U-EDU", "STAFF", "ORDINARY_OFFICIAL", number, null)
                .json().get("id").asString();

        TestHttp.Answer officersList = http.get(PASSPORTS + "?personId=" + person, officer);
        assertThat(officersList.status()).isEqualTo(200);
        assertThat(officersList.json().get("items").get(0).get("number").asString()).isEqualTo(masked);
        assertThat(officersList.body()).doesNotContain(number);

        TestHttp.Answer forOfficer = http.get(PASSPORTS + "/" + id, officer);
        assertThat(forOfficer.json().get("number").asString()).isEqualTo(number);
        assertThat(forOfficer.json().get("numberMasked").asBoolean()).isFalse();
        assertThat(forOfficer.header("ETag")).isEqualTo("\"0\"");

        for (String reader : List.of(director, clerk, TestTokens.token("qian.auditor", "AUDITOR"),
                TestTokens.user("he.signatory").roles("UNIT_SIGNATORY").unit("U-EDU").build())) {
            TestHttp.Answer answer = http.get(PASSPORTS + "/" + id, reader);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("number").asString()).isEqualTo(masked);
            assertThat(answer.json().get("numberMasked").asBoolean()).isTrue();
            assertThat(answer.body()).doesNotContain(number);
        }

        TestHttp.Answer clerksList = http.get(PASSPORTS + "?personId=" + person, clerk);
        assertThat(clerksList.json().get("items").findValuesAsString("id")).containsExactly(id);
        assertThat(clerksList.body()).doesNotContain(number);

        assertThat(http.get(PASSPORTS + "/" + id, otherUnitClerk).status()).isEqualTo(404);
        assertThat(http.get(PASSPORTS + "?unit=U-EDU&personId=" + person, otherUnitClerk).json().get("total").asLong())
                .isZero();
        String editor = TestTokens.user("ed").roles("PUBLICITY_EDITOR").unit("U-EDU").build();
        assertThat(http.get(PASSPORTS + "/" + id, editor).status()).isEqualTo(404);
        assertThat(http.get(PASSPORTS, editor).status()).isEqualTo(403);
        assertThat(http.get(PASSPORTS + "?state=LOST", officer).status()).isEqualTo(400);
        assertThat(http.get(PASSPORTS + "?personId=no%20spaces", officer).status()).isEqualTo(400);
        assertThat(http.get(PASSPORTS + "?size=5000", officer).json().get("size").asInt()).isEqualTo(100);
    }

    @Test
    void aTripIsLentNothingWhenOnePersonLacksAPassportAndLendingAndReturningCanBeRepeated() {
        String withPassport = newPersonId();
        String alsoWithPassport = newPersonId();
        String without = newPersonId();
        String first = registerDirectly(withPassport, "U-EDU");
        String second = registerDirectly(alsoWithPassport, "U-EDU");
        String trip = UUID.randomUUID().toString();
        LocalDate today = register.today();
        LocalDate dueBack = register.dueBack(today.plusDays(3), 5);
        assertThat(dueBack).isEqualTo(today.plusDays(3 + 5 + 7));

        assertThatThrownBy(() -> register.lendForTrip(OFFICER_ACTOR, trip, "U-EDU",
                List.of(withPassport, without, alsoWithPassport), dueBack))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.violations()).extracting(RuleViolation::code).containsExactly("PASSPORT_MISSING");
                    assertThat(refused.violations().get(0).parameters()).containsEntry("personId", without);
                });
        assertThat(stateOf(first)).isEqualTo("IN_CUSTODY");
        assertThat(stateOf(second)).isEqualTo("IN_CUSTODY");
        assertThat(register.outstandingFor(trip)).isZero();

        List<Passport> lent = register.lendForTrip(OFFICER_ACTOR, trip, "U-EDU", List.of(withPassport, alsoWithPassport),
                dueBack);
        assertThat(lent).extracting(Passport::id).containsExactly(first, second);
        assertThat(lent).allSatisfy(passport -> assertThat(passport.isLentFor(trip)).isTrue());
        List<Passport> again = register.lendForTrip(OFFICER_ACTOR, trip, "U-EDU", List.of(withPassport, alsoWithPassport),
                dueBack);
        assertThat(again).extracting(Passport::version).containsExactlyElementsOf(lent.stream().map(Passport::version).toList());
        assertThat(register.outstandingFor(trip)).isEqualTo(2);
        assertThat(stateOf(first)).isEqualTo("ON_LOAN");

        assertThatThrownBy(() -> register.lendForTrip(OFFICER_ACTOR, UUID.randomUUID().toString(), "U-EDU",
                List.of(withPassport), dueBack))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(
                        refused.violations().get(0).parameters()).containsEntry("reason", "NOT_IN_CUSTODY"));
        TestHttp.Answer cancelWhileOut = http.post(PASSPORTS + "/" + first + "/cancel", officer,
                TestHttp.json(Map.of("reason", "Holder left the service")));
        assertThat(cancelWhileOut.status()).isEqualTo(409);

        assertThat(register.recallFor(trip, today.plusDays(1))).isEqualTo(2);
        assertThat(http.get(PASSPORTS + "/" + first, officer).json().get("currentLoan").get("dueBack").asString())
                .isEqualTo(today.plusDays(1).toString());

        assertThat(register.returnAllFor(OFFICER_ACTOR, trip, today)).isEqualTo(2);
        assertThat(register.returnAllFor(OFFICER_ACTOR, trip, today)).isZero();
        assertThat(register.outstandingFor(trip)).isZero();
        JsonNode back = http.get(PASSPORTS + "/" + first, officer).json();
        assertThat(back.get("state").asString()).isEqualTo("IN_CUSTODY");
        assertThat(back.get("pastLoans").get(0).get("returnedOn").asString()).isEqualTo(today.toString());
        assertThat(back.get("history").findValuesAsString("act")).containsExactly("REGISTER", "LEND", "RECALL", "RETURN");

        assertThat(register.validPassportCount(List.of(withPassport, without), today))
                .containsExactly(Map.entry(withPassport, 1L), Map.entry(without, 0L));
        TestHttp.Answer cancelled = http.post(PASSPORTS + "/" + first + "/cancel", officer,
                TestHttp.json(Map.of("reason", "Holder left the service")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(register.validPassportCount(List.of(withPassport), today)).containsEntry(withPassport, 0L);
    }

    @Test
    void anOfficerTakesOnePassportBackOverHttpWithItsETag() {
        String person = newPersonId();
        String id = registerDirectly(person, "U-EDU");
        String trip = UUID.randomUUID().toString();
        register.lendForTrip(OFFICER_ACTOR, trip, "U-EDU", List.of(person), register.today().plusDays(10));
        String etag = http.get(PASSPORTS + "/" + id, officer).header("ETag");

        assertThat(command(id, "return", clerk, etag, "{}").status()).isEqualTo(403);
        assertThat(command(id, "return", otherUnitClerk, etag, "{}").status()).isEqualTo(404);
        TestHttp.Answer stale = command(id, "return", officer, "\"0\"", "{}");
        assertThat(stale.status()).isEqualTo(412);
        TestHttp.Answer returned = command(id, "return", officer, etag, null);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("state").asString()).isEqualTo("IN_CUSTODY");
        assertThat(returned.json().get("pastLoans").get(0).get("returnedOn").asString())
                .isEqualTo(register.today().toString());
        TestHttp.Answer twice = command(id, "return", officer, null, "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("state").asString()).isEqualTo("IN_CUSTODY");

        assertThat(command(id, "cancel", officer, null, "{\"reason\":\"\"}").status()).isEqualTo(400);
        assertThat(command(id, "cancel", clerk, null, "{\"reason\":\"Lost\"}").status()).isEqualTo(403);
        assertThat(command(id, "cancel", officer, returned.header("ETag"), "{\"reason\":\"Reported lost\"}").status())
                .isEqualTo(200);
    }

    @Test
    void theOverdueCheckPublishesOneSchemaValidEventPerStageWithoutTheNumberOrName() {
        String unit = "U-TRADE-" + UUID.randomUUID().toString().substring(0, 8);
        String person = newPersonId();
        String number = newNumber();
        String name = "Zhou Overdue";
        String id = register.register(OFFICER_ACTOR, new Holder(person, name, unit, RankLevel.BUREAU),
                PassportType.SERVICE, new PassportNumber(number), LocalDate.of(2024, 2, 1), LocalDate.of(2034, 1, 31)).id();
        String trip = UUID.randomUUID().toString();
        LocalDate dueBack = register.today().plusDays(3);
        register.lendForTrip(OFFICER_ACTOR, trip, unit, List.of(person), dueBack);

        sweep.sweep();
        assertThat(alertsOf(id)).isZero();
        assertThat(register.mostOverdue(unit, register.today())).isEmpty();

        clock.advance(Duration.ofDays(4));
        assertThat(register.today()).isEqualTo(dueBack.plusDays(1));
        sweep.sweep();
        sweep.sweep();
        assertThat(alertsOf(id)).isEqualTo(1);
        assertThat(register.mostOverdue(unit, register.today()))
                .contains(new OverdueLoan(id, trip, dueBack, 1));
        assertThat(meters.get("waishi.travel.passports.overdue").gauge().value())
                .isEqualTo(http.get(PASSPORTS + "?overdue=true", officer).json().get("total").asDouble())
                .isGreaterThanOrEqualTo(1.0);
        assertThat(http.get(PASSPORTS + "?overdue=true&personId=" + person, officer).json().get("items")
                .findValuesAsString("id")).containsExactly(id);
        // The first alert has left before the next write: a save of a copy read earlier would send it again.
        await().atMost(Duration.ofSeconds(20)).until(() -> register.get(OFFICER_ACTOR, id).outbox().isEmpty());

        clock.advance(Duration.ofDays(29));
        assertThat(register.today()).isEqualTo(dueBack.plusDays(30));
        sweep.sweep();
        assertThat(alertsOf(id)).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        sweep.sweep();
        sweep.sweep();
        assertThat(alertsOf(id)).isEqualTo(2);
        JsonNode seen = http.get(PASSPORTS + "/" + id, officer).json();
        assertThat(seen.get("overdueAlertStage").asString()).isEqualTo("UNIT_BLOCKED");
        assertThat(seen.get("daysOverdue").asInt()).isEqualTo(31);

        await().atMost(Duration.ofSeconds(20)).until(() -> register.get(OFFICER_ACTOR, id).outbox().isEmpty());
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsAbout(id), list -> list.size() >= 2);
        assertThat(records).hasSize(2);
        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type"))
                .containsOnly(EventType.PASSPORT_OVERDUE.typeName());
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.problems(EventType.PASSPORT_OVERDUE, record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain(number).doesNotContain(name).doesNotContain(person);
            assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
        }
        JsonNode firstAlert = TestHttp.JSON_MAPPER.readTree(records.get(0).value());
        assertThat(firstAlert.get("unitBlocked").asBoolean()).isFalse();
        assertThat(firstAlert.get("daysOverdue").asInt()).isEqualTo(1);
        assertThat(firstAlert.get("unit").asString()).isEqualTo(unit);
        assertThat(firstAlert.get("delegationId").asString()).isEqualTo(trip);
        assertThat(firstAlert.get("passportType").asString()).isEqualTo("SERVICE");
        assertThat(firstAlert.get("dueDate").asString()).isEqualTo(dueBack.toString());
        JsonNode secondAlert = TestHttp.JSON_MAPPER.readTree(records.get(1).value());
        assertThat(secondAlert.get("unitBlocked").asBoolean()).isTrue();
        assertThat(secondAlert.get("daysOverdue").asInt()).isEqualTo(31);

        assertThat(register.returnAllFor(OFFICER_ACTOR, trip, register.today())).isEqualTo(1);
        assertThat(register.mostOverdue(unit, register.today())).isEmpty();
    }

    private long alertsOf(String id) {
        return register.get(OFFICER_ACTOR, id).history().stream()
                .filter(change -> change.act() == PassportAct.ALERT_OVERDUE).count();
    }

    private String stateOf(String id) {
        return http.get(PASSPORTS + "/" + id, officer).json().get("state").asString();
    }

    private String registerDirectly(String person, String unit) {
        return register.register(OFFICER_ACTOR, new Holder(person, "Test Person", unit,
                RankLevel.STAFF), PassportType.ORDINARY_OFFICIAL,
                new PassportNumber(newNumber()), LocalDate.of(2024, 1, 1), LocalDate.of(2033, 12, 31)).id();
    }

    private TestHttp.Answer registerOverHttp(String token, String person, String unit, String rank, String type,
            String number, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", person);
        body.put("holderName", "Li Ming");
        body.put("holderUnit", unit);
        body.put("rank", rank);
        body.put("type", type);
        body.put("number", number);
        body.put("issuedOn", "2024-03-01");
        body.put("expiresOn", "2034-02-28");
        HttpRequest.Builder request = http.request(PASSPORTS, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.json(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build());
    }

    private TestHttp.Answer command(String id, String act, String token, String ifMatch, String json) {
        HttpRequest.Builder request = http.request(PASSPORTS + "/" + id + "/" + act, token)
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private List<ConsumerRecord<String, String>> recordsAbout(String id) {
        return TestKafka.readAll(brokers, "waishi.travel.passports").stream()
                .filter(record -> id.equals(record.key()))
                .toList();
    }

    private static String newPersonId() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A random number of the register's format: 10 upper-case hexadecimal characters. */
    private static String newNumber() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
