package io.waishi.travel.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventSchemas;
import io.waishi.contracts.EventType;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.platform.testing.TestTokens;
import io.waishi.travel.TravelServiceTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** A delegation's life over HTTP, on a real Kafka broker and the Mongo wire server. */
@TravelServiceTest
class DelegationLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    String brokers;

    TestHttp http;
    final String clerk = TestTokens.user("li.clerk").roles("UNIT_CLERK").unit("U-EDU").build();
    final String director = TestTokens.token("zhao.director", "FAO_DIRECTOR");
    final String officer = TestTokens.token("sun.officer", "FAO_OFFICER");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
        brokers = broker.getBrokersAsString();
        // The workflow tests approve the same day; the notice's working days are proven at their boundary
        // in the domain tests and by noticeNotServedYetStopsTheApproval below.
        TestOffice.setParameter(http, "PRE_TRIP_NOTICE_WORKING_DAYS", 0);
    }

    @Test
    void aFileGoesFromDraftToClosedAndPartnersSeeEveryStep() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        TestHttp.Answer drafted = http.post("/api/travel/delegations", office.clerk, TestHttp.json(office.plan("JP")));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        assertThat(drafted.header("Location")).isEqualTo("/api/travel/delegations/" + id);
        assertThat(drafted.json().get("actions").valueStream().map(JsonNode::asString))
                .contains("SUBMIT", "REVISE", "WITHDRAW").doesNotContain("APPROVE");

        step(office, id, "submit", office.clerk, null, "SUBMITTED");
        assertThat(office.command(id, "sign", office.clerk, null).status()).isEqualTo(403);
        String unregistered = TestTokens.user("stranger").roles("UNIT_SIGNATORY").unit(office.unit).build();
        TestHttp.Answer notOnRecord = office.command(id, "sign", unregistered, null);
        assertThat(notOnRecord.status()).as("a signatory the office has no record of").isEqualTo(403);
        assertThat(notOnRecord.json().get("detail").asString()).contains("registered");
        JsonNode signed = step(office, id, "sign", office.signatory, null, "SIGNED");
        assertThat(signed.get("preTripNotice").get("requiredDays").asInt()).isZero();
        step(office, id, "accept", TestOffice.OFFICER, null, "ACCEPTED");
        JsonNode approved = step(office, id, "approve", TestOffice.DIRECTOR, null, "APPROVED");
        assertThat(approved.get("approvingLevel").asString()).isEqualTo("FOREIGN_AFFAIRS_OFFICE");
        JsonNode issued = step(office, id, "issue-passports", TestOffice.OFFICER, null, "PASSPORTS_ISSUED");
        assertThat(issued.get("trip").get("passportsIssued").asInt()).isEqualTo(2);
        assertThat(issued.get("trip").get("passportsDueBack").asString()).isEqualTo("2027-03-22");
        JsonNode lent = http.get("/api/travel/passports?personId=" + office.leaderId, TestOffice.OFFICER).json();
        assertThat(lent.get("items").get(0).get("state").asString()).isEqualTo("ON_LOAN");

        // The trip itself lies in the future of this test; the clerk records it as the days come.
        String today = LocalDate.now(TestOffice.OFFICE_ZONE).toString();
        assertThat(office.command(id, "depart", office.clerk, Map.of("date", "2027-03-10")).status()).isEqualTo(400);
        TestHttp.Answer early = office.command(id, "depart", office.clerk, Map.of("date", today));
        assertThat(early.status()).as("departing before the approved date").isEqualTo(400);
    }

    @Test
    void aTripThatHappenedIsReportedPublishedAndClosedWithItsEvents() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        LocalDate today = LocalDate.now(TestOffice.OFFICE_ZONE);
        Map<String, Object> plan = office.plan("KR");
        // A trip that left six days ago and came back two days ago, filed late: its plan is of its own year.
        LocalDate departed = today.minusDays(6);
        LocalDate returned = today.minusDays(2);
        plan.put("departureDate", departed.toString());
        plan.put("returnDate", returned.toString());
        plan.put("schedule", List.of(Map.of("date", departed.plusDays(1).toString(), "activity", "Talks",
                "hours", 6, "official", true)));
        if (departed.getYear() != 2027) {
            String path = "/api/travel/plans/" + office.unit + ":" + departed.getYear();
            TestOffice.expect(201, http.post("/api/travel/plans", office.clerk,
                    TestHttp.json(Map.of("year", departed.getYear()))));
            TestOffice.expect(200, http.send(http.request(path + "/items", office.clerk)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(
                            Map.of("items", List.of(Map.of("title", Map.of("zh", "出访韩国"), "countries", List.of("KR"),
                                    "category", "GOVERNMENT_EXCHANGE", "plannedQuarter", 1, "plannedSize", 2))))))
                    .build()));
            TestOffice.expect(200, TestOffice.post(http, path + "/submit", office.clerk, null));
            TestOffice.expect(200, TestOffice.post(http, path + "/approve", TestOffice.OFFICER, null));
            plan.put("planItemId", "P1");
        }
        String id = office.approved(plan);
        step(office, id, "issue-passports", TestOffice.OFFICER, null, "PASSPORTS_ISSUED");
        step(office, id, "depart", office.clerk, Map.of("date", departed.toString()), "DEPARTED");
        JsonNode back = step(office, id, "record-return", office.clerk, Map.of("date", returned.toString()),
                "BACK_HOME");
        assertThat(back.get("deadlines").findValuesAsString("kind")).contains("TRIP_REPORT", "POST_TRIP_NOTICE");
        step(office, id, "return-passports", TestOffice.OFFICER, null, "PASSPORTS_BACK");
        JsonNode custody = http.get("/api/travel/passports?personId=" + office.leaderId, TestOffice.OFFICER).json();
        assertThat(custody.get("items").get(0).get("state").asString()).isEqualTo("IN_CUSTODY");

        Map<String, Object> report = new LinkedHashMap<>(Map.of("summary", Map.of("zh", "访问圆满完成", "en", "A fruitful visit"),
                "facts", "Met the education board; signed the memorandum.", "tasksDone", List.of("Memorandum signed"),
                "fundsUsedYuan", 15200, "followUps", List.of("Host their teachers in May"),
                "photoRefs", List.of("photo-1", "photo-2")));
        TestHttp.Answer twoPhotos = office.command(id, "report", office.clerk, report);
        assertThat(twoPhotos.status()).isEqualTo(422);
        assertThat(twoPhotos.json().get("violations").findValuesAsString("code")).containsExactly("REPORT_PHOTOS");
        report.put("photoRefs", List.of("photo-1", "photo-2", "photo-3"));
        step(office, id, "report", office.clerk, report, "REPORTED");
        step(office, id, "publish-results", office.signatory, Map.of("where", "Unit notice board and intranet"),
                "RESULTS_PUBLISHED");
        JsonNode closed = step(office, id, "close", TestOffice.OFFICER, null, "CLOSED");
        assertThat(closed.get("deadlines").findValuesAsString("state")).containsOnly("MET");
        assertThat(closed.get("history").size()).isEqualTo(11);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> distinctRecordsAbout(id), list -> list.size() == 6);
        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(
                EventType.DELEGATION_SUBMITTED.typeName(), EventType.DELEGATION_APPROVED.typeName(),
                EventType.DELEGATION_DEPARTED.typeName(), EventType.DELEGATION_RETURNED.typeName(),
                EventType.TRIP_REPORT_SUBMITTED.typeName(), EventType.DELEGATION_CLOSED.typeName());
        for (ConsumerRecord<String, String> record : records) {
            EventType type = EventType.byTypeName(TestKafka.header(record, "ce_type")).orElseThrow();
            assertThat(EventSchemas.problems(type, record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("Li Ming").doesNotContain(office.leaderId);
        }
        JsonNode reported = TestHttp.JSON_MAPPER.readTree(records.get(4).value());
        assertThat(reported.get("followUps").get(0).asString()).isEqualTo("Host their teachers in May");
        assertThat(reported.get("photoCount").asInt()).isEqualTo(3);
    }

    @Test
    void noticeNotServedYetStopsTheApprovalUnlessTheDirectorWaivesIt() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        TestOffice.setParameter(http, "PRE_TRIP_NOTICE_WORKING_DAYS", 5);
        String id = office.signed(office.plan("JP"));
        TestOffice.setParameter(http, "PRE_TRIP_NOTICE_WORKING_DAYS", 0);
        TestOffice.expect(200, office.command(id, "accept", TestOffice.OFFICER, null));
        TestHttp.Answer refused = office.command(id, "approve", TestOffice.DIRECTOR, null);
        assertThat(refused.status()).isEqualTo(422);
        JsonNode violation = refused.json().get("violations").get(0);
        assertThat(violation.get("code").asString()).isEqualTo("PRE_TRIP_NOTICE_PERIOD");
        assertThat(violation.get("parameters").get("limit").asInt()).isEqualTo(5);
        assertThat(violation.get("message").get("en").asString()).contains("PRE_TRIP_NOTICE_WORKING_DAYS");

        TestOffice.expect(200, TestOffice.post(http, "/api/travel/delegations/" + id + "/objections",
                office.clerk, Map.of("summary", "A colleague asks why three people go")));
        TestOffice.expect(200, TestOffice.post(http, "/api/travel/delegations/" + id + "/waivers", TestOffice.DIRECTOR,
                Map.of("ruleCode", "PRE_TRIP_NOTICE_PERIOD", "reason", "The partner moved the talks forward a week")));
        TestHttp.Answer objected = office.command(id, "approve", TestOffice.DIRECTOR, null);
        assertThat(objected.json().get("violations").findValuesAsString("code"))
                .containsExactly("PRE_TRIP_NOTICE_OBJECTION");
        String objectionId = http.get("/api/travel/delegations/" + id, office.clerk).json()
                .get("preTripNotice").get("objections").get(0).get("id").asString();
        TestOffice.expect(200, TestOffice.post(http, "/api/travel/delegations/" + id + "/objections/" + objectionId
                + "/resolve", office.signatory, Map.of("resolution", "Two of them are interpreters")));
        assertThat(office.command(id, "approve", TestOffice.DIRECTOR, null).status()).isEqualTo(200);
    }

    @Test
    void aFileReturnedForCorrectionComesBackOnceAndPartnersHearOfIt() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.signed(office.plan("JP"));
        assertThat(office.command(id, "return-for-correction", office.clerk, Map.of("items", List.of("x"))).status())
                .isEqualTo(403);
        JsonNode returned = step(office, id, "return-for-correction", TestOffice.OFFICER,
                Map.of("items", List.of("Attach the invitation's translation", "Seal the budget note")),
                "CORRECTION_REQUESTED");
        assertThat(returned.get("correctionNotice").get("items").size()).isEqualTo(2);
        assertThat(returned.get("deadlines").findValuesAsString("kind")).contains("CORRECTION");
        TestHttp.Answer revised = http.send(http.request("/api/travel/delegations/" + id, office.clerk)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(office.plan("JP")))).build());
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        step(office, id, "resubmit", office.clerk, null, "SIGNED");
        TestHttp.Answer again = office.command(id, "return-for-correction", TestOffice.OFFICER,
                Map.of("items", List.of("Another thing")));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("violations").findValuesAsString("code")).containsExactly("CORRECTION_NOTICE_ONCE");

        ConsumerRecord<String, String> event = await().atMost(Duration.ofSeconds(20)).until(() -> distinctRecordsAbout(id)
                .stream().filter(r -> TestKafka.header(r, "ce_type")
                        .equals(EventType.DELEGATION_RETURNED_FOR_CORRECTION.typeName())).toList(), l -> l.size() == 1)
                .get(0);
        assertThat(EventSchemas.problems(EventType.DELEGATION_RETURNED_FOR_CORRECTION, event.value())).isEmpty();
    }

    @Test
    void aBureauLevelLeaderMakesItTheCityGovernmentsDecision() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        Map<String, Object> plan = office.plan("JP");
        plan.put("members", List.of(Map.of("name", "Wang Qiang", "unit", office.unit, "post", "Director general",
                "rank", "BUREAU", "role", "LEADER", "personId", office.leaderId)));
        String id = office.signed(plan);
        TestOffice.expect(200, office.command(id, "accept", TestOffice.OFFICER, null));
        TestHttp.Answer withoutReference = office.command(id, "approve", TestOffice.DIRECTOR, null);
        assertThat(withoutReference.status()).isEqualTo(422);
        assertThat(withoutReference.json().get("violations").findValuesAsString("code"))
                .containsExactly("APPROVAL_REFERENCE_REQUIRED");
        JsonNode approved = step(office, id, "approve", TestOffice.DIRECTOR,
                Map.of("authorityReference", "市政府外事批〔2026〕18号"), "APPROVED");
        assertThat(approved.get("decision").get("approvingLevel").asString()).isEqualTo("CITY_GOVERNMENT");
        assertThat(approved.get("decision").get("authorityReference").asString()).isEqualTo("市政府外事批〔2026〕18号");
    }

    @Test
    void aUniversityTakesTheSimplifiedPathToTheDirector() {
        TestOffice university = TestOffice.open(http, "UNIVERSITY");
        String id = university.signed(university.plan("JP"));
        step(university, id, "approve", TestOffice.DIRECTOR, null, "APPROVED");
        TestOffice bureau = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String other = bureau.signed(bureau.plan("JP"));
        assertThat(bureau.command(other, "approve", TestOffice.DIRECTOR, null).status()).isEqualTo(409);
    }

    @Test
    void cancellingAfterThePassportsWentOutRecallsThem() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.approved(office.plan("US"));
        step(office, id, "issue-passports", TestOffice.OFFICER, null, "PASSPORTS_ISSUED");
        assertThat(office.command(id, "cancel", office.clerk, Map.of("reason", "short")).status()).isEqualTo(400);
        step(office, id, "cancel", office.clerk, Map.of("reason", "The partner postponed the conference"), "CANCELLED");
        JsonNode passport = http.get("/api/travel/passports?personId=" + office.leaderId, TestOffice.OFFICER).json()
                .get("items").get(0);
        assertThat(passport.get("currentLoan").get("dueBack").asString())
                .isEqualTo(LocalDate.now(TestOffice.OFFICE_ZONE).toString());
        ConsumerRecord<String, String> cancelled = await().atMost(Duration.ofSeconds(20)).until(() -> distinctRecordsAbout(id)
                .stream().filter(r -> TestKafka.header(r, "ce_type").equals(EventType.DELEGATION_CANCELLED.typeName()))
                .toList(), l -> l.size() == 1).get(0);
        assertThat(TestHttp.JSON_MAPPER.readTree(cancelled.value()).get("passportsOutstanding").asInt()).isEqualTo(2);
    }

    @Test
    void passportsCannotBeIssuedToSomeoneWithoutOne() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        Map<String, Object> plan = office.plan("TH");
        List<Object> members = new java.util.ArrayList<>((List<?>) plan.get("members"));
        members.add(Map.of("name", "Zhou Min", "unit", office.unit, "post", "Teacher", "personId", office.unit + "-P9"));
        plan.put("members", members);
        String id = office.approved(plan);
        TestHttp.Answer refused = office.command(id, "issue-passports", TestOffice.OFFICER, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code")).containsExactly("PASSPORT_MISSING");
        JsonNode leader = http.get("/api/travel/passports?personId=" + office.leaderId, TestOffice.OFFICER).json();
        assertThat(leader.get("items").get(0).get("state").asString()).as("nothing lent").isEqualTo("IN_CUSTODY");
        assertThat(http.get("/api/travel/delegations/" + id, office.clerk).json().get("status").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void theContextRulesSeeTheUnitsPlanQuotaAndOtherFiles() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        office.approved(office.plan("JP"));
        Map<String, Object> sameItem = office.plan("JP");
        sameItem.put("departureDate", "2027-05-10");
        sameItem.put("returnDate", "2027-05-12");
        sameItem.put("schedule", List.of(Map.of("date", "2027-05-11", "activity", "Talks", "hours", 6, "official", true)));
        String id = office.draft(sameItem);
        TestHttp.Answer refused = office.command(id, "submit", office.clerk, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code"))
                .containsExactlyInAnyOrder("PLAN_ITEM_TAKEN", "SAME_COUNTRY_INTERVAL");

        TestHttp.Answer unregistered = TestOffice.post(http, "/api/travel/delegations/precheck",
                TestTokens.user("nobody").roles("UNIT_CLERK").unit("U-NOWHERE").build(), office.plan("KR"));
        assertThat(unregistered.json().get("violations").findValuesAsString("code"))
                .contains("UNIT_NOT_REGISTERED", "PLAN_MISSING");
    }

    @Test
    void theOfficersQueueShowsGreenChannelFilesFirstAndTheirTargetIsWatched() {
        TestOffice office = TestOffice.open(http, "CITY_OWNED_ENTERPRISE");
        String ordinary = office.signed(office.plan("JP"));
        Map<String, Object> urgent = office.plan("KR");
        urgent.put("urgent", true);
        String green = office.signed(urgent);
        List<String> queue = http.get("/api/travel/delegations/queue?size=100", TestOffice.OFFICER).json().get("items")
                .valueStream().map(item -> item.get("id").asString()).toList();
        assertThat(queue).contains(green, ordinary);
        assertThat(queue.indexOf(green)).isLessThan(queue.indexOf(ordinary));
        assertThat(queue.get(0)).as("green-channel files lead the whole queue").isNotEqualTo(ordinary);
        List<String> clerksQueue = http.get("/api/travel/delegations/queue", office.clerk).json().get("items")
                .valueStream().map(item -> item.get("id").asString()).toList();
        assertThat(clerksQueue).doesNotContain(green, ordinary);

        JsonNode deadlines = http.get("/api/travel/deadlines?kind=GREEN_CHANNEL_DECISION", office.clerk).json();
        JsonNode row = deadlines.valueStream().filter(d -> d.get("delegationId").asString().equals(green)).findFirst()
                .orElseThrow();
        assertThat(row.get("state").asString()).isEqualTo("DUE_SOON");
        // The watch warns partners once that the target is near.
        await().atMost(Duration.ofSeconds(20)).until(() -> distinctRecordsAbout(green).stream()
                .filter(r -> TestKafka.header(r, "ce_type").equals(EventType.DELEGATION_DEADLINE_ALERTED.typeName()))
                .count() == 1);
    }

    @Test
    void aRaisedSafetyAlertWarnsTheFilesGoingThereOnce() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.approved(office.plan("TH"));
        String eventId = TestKafka.newId();
        // Every field publicity-service sends (its CountryProfileIT checks what it publishes against the same schema).
        String data = TestHttp.json(Map.of("countryCode", "TH", "countryName", Map.of("zh", "泰国", "en", "Thailand"),
                "previousLevel", 1, "level", 3, "summary", Map.of("zh", "南部边境地区局势紧张，请谨慎前往。",
                        "en", "Tension in the southern border provinces: travel with caution."),
                "changedAt", "2026-11-28T08:00:00Z", "effectiveFrom", "2026-11-28T08:00:00Z"));
        assertThat(EventSchemas.problems(EventType.COUNTRY_ALERT_LEVEL_CHANGED, data)).isEmpty();
        for (int delivery = 0; delivery < 2; delivery++) {
            TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.COUNTRY_ALERT_LEVEL_CHANGED, eventId, "TH", data));
        }
        JsonNode warnings = await().atMost(Duration.ofSeconds(20)).until(
                () -> http.get("/api/travel/delegations/" + id, office.clerk).json().get("safetyWarnings"),
                list -> list.size() == 1);
        assertThat(warnings.get(0).get("level").asInt()).isEqualTo(3);
        String lowered = TestHttp.json(Map.of("countryCode", "TH", "countryName", Map.of("zh", "泰国", "en", "Thailand"),
                "previousLevel", 3, "level", 1, "changedAt", "2026-11-29T08:00:00Z",
                "effectiveFrom", "2026-11-29T08:00:00Z"));
        assertThat(EventSchemas.problems(EventType.COUNTRY_ALERT_LEVEL_CHANGED, lowered)).isEmpty();
        TestKafka.publish(brokers, TestKafka.cloudEvent(EventType.COUNTRY_ALERT_LEVEL_CHANGED, TestKafka.newId(), "TH",
                lowered));
        await().atMost(Duration.ofSeconds(20)).until(
                () -> http.get("/api/travel/delegations/" + id, office.clerk).json().get("safetyWarnings").isEmpty());
    }

    @Test
    void aPlanThatBreaksRulesIsRefusedWithEveryRuleAndParameterAndStaysADraft() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        Map<String, Object> plan = office.plan("JP");
        plan.put("returnDate", "2027-03-15");
        plan.remove("budget");
        String id = office.draft(plan);

        JsonNode precheck = http.get("/api/travel/delegations/" + id + "/precheck", office.clerk).json();
        assertThat(precheck.get("submittable").asBoolean()).isFalse();
        TestHttp.Answer refused = office.command(id, "submit", office.clerk, null);
        assertThat(refused.status()).isEqualTo(422);
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:waishi:problem:rule-violation");
        assertThat(problem.get("violations").findValuesAsString("code"))
                .containsExactlyInAnyOrder("MAX_DAYS_ABROAD", "BUDGET_MISSING");
        JsonNode days = problem.get("violations").valueStream()
                .filter(v -> v.get("code").asString().equals("MAX_DAYS_ABROAD")).findFirst().orElseThrow();
        assertThat(days.get("parameters").get("parameter").asString()).isEqualTo("MAX_DAYS_ONE_COUNTRY");
        assertThat(days.get("parameters").get("limit").asInt()).isEqualTo(5);
        assertThat(days.get("parameters").get("actual").asInt()).isEqualTo(6);
        assertThat(days.get("message").get("zh").asString()).isEqualTo(
                "在外6天，出访1国最多5天（含离、抵境当日；参数 MAX_DAYS_ONE_COUNTRY，依据 S1）");
        assertThat(days.get("message").get("en").asString()).contains("6 days abroad").contains("MAX_DAYS_ONE_COUNTRY");
        // The check before submitting says the same, in the same words, so the console shows them by the field.
        assertThat(precheck.get("violations").valueStream().toList())
                .containsExactlyInAnyOrderElementsOf(problem.get("violations").valueStream().toList());
        assertThat(http.get("/api/travel/delegations/" + id, office.clerk).json().get("status").asString())
                .isEqualTo("DRAFT");

        // The clerk adds the budget; the director waives the sixth day in writing; then it goes through.
        plan.put("budget", office.plan("JP").get("budget"));
        TestHttp.Answer revised = http.send(http.request("/api/travel/delegations/" + id, office.clerk)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(plan)))
                .build());
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(http.post("/api/travel/delegations/" + id + "/waivers", office.clerk,
                TestHttp.json(Map.of("ruleCode", "MAX_DAYS_ABROAD", "reason", "I would like one more day"))).status())
                .isEqualTo(403);
        TestHttp.Answer waived = http.post("/api/travel/delegations/" + id + "/waivers", director,
                TestHttp.json(Map.of("ruleCode", "MAX_DAYS_ABROAD", "reason", "The ministry moved the talks by one day")));
        assertThat(waived.status()).as(waived.body()).isEqualTo(200);
        assertThat(waived.json().get("waivers").get(0).get("grantedBy").asString()).isEqualTo("zhao.director");
        assertThat(http.get("/api/travel/delegations/" + id + "/precheck", office.clerk).json().get("submittable")
                .asBoolean()).isTrue();
        assertThat(office.command(id, "submit", office.clerk, null).status()).isEqualTo(200);
    }

    /** Performs one step and checks the file's new state; returns the file. */
    private JsonNode step(TestOffice office, String id, String act, String token, Object body, String expectedState) {
        TestHttp.Answer answer = office.command(id, act, token, body);
        assertThat(answer.status()).as(act + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asString()).isEqualTo(expectedState);
        return answer.json();
    }

    @Test
    void anAdminChangesAParameterFromADateOnAndTheRulesFollowIt() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String clerk = office.clerk;
        Map<String, Object> sixDays = office.plan("KR");
        sixDays.put("returnDate", "2027-03-15");
        JsonNode before = http.send(http.request("/api/travel/delegations/precheck", clerk)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.json(sixDays))).build()).json();
        assertThat(before.get("violations").findValuesAsString("code")).contains("MAX_DAYS_ABROAD");

        String admin = TestTokens.token("ada", "ADMIN");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        TestHttp.Answer refusedForDirector = http.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", director,
                TestHttp.json(Map.of("value", 6, "effectiveFrom", today, "source", "Test notice")));
        assertThat(refusedForDirector.status()).isEqualTo(403);
        TestHttp.Answer changed = http.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", admin,
                TestHttp.json(Map.of("value", 6, "effectiveFrom", today, "source", "Test notice")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("current").get("source").asString()).isEqualTo("Test notice");

        JsonNode after = http.send(http.request("/api/travel/delegations/precheck", clerk)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.json(sixDays))).build()).json();
        assertThat(after.get("submittable").asBoolean()).as(after.toString()).isTrue();

        // Put it back for the other tests of this context, from tomorrow on: the past is never rewritten.
        TestHttp.Answer yesterday = http.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", admin,
                TestHttp.json(Map.of("value", 5, "effectiveFrom", "2020-01-01", "source", "Retroactive")));
        assertThat(yesterday.status()).isEqualTo(403);
        assertThat(http.post("/api/travel/policy/MAX_DAYS_ONE_COUNTRY/values", admin,
                TestHttp.json(Map.of("value", 5, "effectiveFrom", today, "source", "S1"))).status()).isEqualTo(200);
    }

    @Test
    void everyoneCanReadThePolicyWithItsSources() {
        JsonNode policy = http.get("/api/travel/policy", clerk).json();
        assertThat(policy.findValuesAsString("key")).contains("MAX_COUNTRIES_PER_TRIP", "MAX_DELEGATION_SIZE");
        JsonNode size = policy.valueStream().filter(p -> p.get("key").asString().equals("MAX_DELEGATION_SIZE"))
                .findFirst().orElseThrow();
        assertThat(size.get("current").get("value").asInt()).isEqualTo(6);
        assertThat(size.get("current").get("source").asString()).isEqualTo("S1, S2");
        assertThat(size.get("description").get("zh").asString()).contains("团组人数");
    }

    @Test
    void theCalendarCountsWorkingDays() {
        JsonNode answer = http.get("/api/travel/calendar/working-days?from=2026-11-20&days=5", clerk).json();
        assertThat(answer.get("date").asString()).isEqualTo("2026-11-27");
        assertThat(http.send(http.request("/api/travel/calendar", clerk).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(TestHttp.json(Map.of("zone", "Asia/Shanghai",
                        "weekend", List.of("SATURDAY", "SUNDAY"), "holidays", List.of(), "workingWeekendDays", List.of()))))
                .build()).status()).isEqualTo(403);
    }

    @Test
    void aStaleIfMatchChangesNothing() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String clerk = office.clerk;
        String id = office.draft(office.plan("KR"));
        TestHttp.Answer stale = command(id, "submit", clerk, "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:waishi:problem:precondition-failed");
        assertThat(http.get("/api/travel/delegations/" + id, clerk).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void anotherUnitsFileDoesNotExistForItsStaff() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        TestOffice other = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.signed(office.plan("KR"));
        assertThat(http.get("/api/travel/delegations/" + id, other.clerk).status()).isEqualTo(404);
        for (String act : List.of("submit", "sign", "withdraw", "resubmit")) {
            assertThat(other.command(id, act, act.equals("sign") ? other.signatory : other.clerk, null).status())
                    .as(act).isEqualTo(404);
        }
        JsonNode otherUnitsList = http.get("/api/travel/delegations?unit=" + office.unit, other.clerk).json();
        assertThat(otherUnitsList.get("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(http.get("/api/travel/delegations/" + id, TestTokens.token("audrey", "AUDITOR")).status())
                .isEqualTo(200);
        assertThat(office.command(id, "withdraw", TestTokens.token("audrey", "AUDITOR"), null).status()).isEqualTo(403);
    }

    @Test
    void eachStepBelongsToItsRoleAndItsState() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String id = office.draft(office.plan("KR"));
        TestHttp.Answer tooEarly = office.command(id, "approve", director, null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("state").asString()).isEqualTo("DRAFT");
        office.command(id, "submit", office.clerk, null);
        assertThat(office.command(id, "accept", officer, null).status()).isEqualTo(409);
        office.command(id, "sign", office.signatory, null);
        assertThat(office.command(id, "accept", director, null).status()).isEqualTo(403);
        office.command(id, "accept", officer, null);
        assertThat(office.command(id, "approve", officer, null).status()).isEqualTo(403);
        assertThat(office.command(id, "reject", director, Map.of("reason", "Not this year, the budget is cut"))
                .status()).isEqualTo(200);
        JsonNode rejected = http.get("/api/travel/delegations/" + id, office.clerk).json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("actions")).isEmpty();
    }

    @Test
    void listsFilterByStateCountryCategoryDateAndUnit() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String japan = office.signed(office.plan("JP"));
        String korea = office.draft(office.plan("KR"));
        String base = "/api/travel/delegations?size=100&unit=" + office.unit;
        assertThat(ids(base + "&status=SIGNED")).containsExactly(japan);
        assertThat(ids(base + "&status=SIGNED&status=DRAFT")).containsExactlyInAnyOrder(japan, korea);
        assertThat(ids(base + "&country=KR")).containsExactly(korea);
        assertThat(ids(base + "&category=GOVERNMENT_EXCHANGE")).containsExactlyInAnyOrder(japan, korea);
        assertThat(ids(base + "&category=ACADEMIC_EXCHANGE")).isEmpty();
        assertThat(ids(base + "&departureFrom=2027-03-10&departureTo=2027-03-10")).hasSize(2);
        assertThat(ids(base + "&departureFrom=2027-03-11")).isEmpty();
        assertThat(ids(base + "&overdue=true")).isEmpty();
        assertThat(http.get(base + "&country=japan", officer).status()).isEqualTo(400);
    }

    private List<String> ids(String path) {
        TestHttp.Answer answer = http.get(path, officer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    @Test
    void invalidDraftsAreRefusedWithEveryFieldAtFault() {
        TestHttp.Answer answer = http.post("/api/travel/delegations", clerk, TestHttp.json(Map.of(
                "title", Map.of("zh", ""), "destinationCountries", List.of("japan"), "members", List.of())));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field"))
                .contains("title.zh", "category", "destinationCountries[0]", "departureDate", "returnDate", "members");
    }

    @Test
    void clientsCannotSetStatusOrIds() {
        TestOffice office = TestOffice.open(http, "GOVERNMENT_BUREAU");
        String clerk = office.clerk;
        Map<String, Object> body = new java.util.HashMap<>(office.plan("JP"));
        body.put("status", "APPROVED");
        body.put("id", "chosen-by-client");
        body.put("createdBy", "someone-else");
        JsonNode created = http.post("/api/travel/delegations", clerk, TestHttp.json(body)).json();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("id").asString()).isNotEqualTo("chosen-by-client");
        assertThat(created.get("createdBy").asString()).isEqualTo("clerk-" + office.unit);
    }

    @Test
    void pageSizeIsClamped() {
        JsonNode page = http.get("/api/travel/delegations?size=5000", officer).json();
        assertThat(page.get("size").asInt()).isEqualTo(100);
    }

    private TestHttp.Answer command(String id, String act, String token, String ifMatch) {
        HttpRequest.Builder request = http.request("/api/travel/delegations/" + id + "/" + act, token)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    /** The file's events, each once: delivery is at least once, so a partner deduplicates on ce_id. */
    private List<ConsumerRecord<String, String>> distinctRecordsAbout(String id) {
        Map<String, ConsumerRecord<String, String>> byEventId = new LinkedHashMap<>();
        TestKafka.readAll(brokers, "waishi.travel.delegations").stream()
                .filter(record -> id.equals(record.key()))
                .forEach(record -> byEventId.putIfAbsent(TestKafka.header(record, "ce_id"), record));
        return List.copyOf(byEventId.values());
    }
}
