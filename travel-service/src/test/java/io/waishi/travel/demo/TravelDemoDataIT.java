package io.waishi.travel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.waishi.contracts.EventType;
import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.testing.TestHttp;
import io.waishi.platform.testing.TestKafka;
import io.waishi.platform.testing.TestTokens;
import io.waishi.travel.authorisation.Authorisations;
import io.waishi.travel.delegation.DelegationStatus;
import io.waishi.travel.delegation.Delegations;
import io.waishi.travel.passport.PassportOverdueSweep;
import io.waishi.travel.passport.Passports;
import io.waishi.travel.plan.AnnualPlans;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.Units;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * The local stack's demo office, as a newcomer finds it: the service started with the demo data on, loaded
 * it, and shows files in every state, a green-channel Belt-and-Road file, an overdue passport, a missed
 * report and a multi-trip authorisation — each unit's clerk seeing only their own. Loading again adds
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestTokens.KEY_PROPERTY, TestTokens.ISSUER_PROPERTY, TestTokens.AUDIENCE_PROPERTY,
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}", "waishi.demo-data.enabled=true"})
@EmbeddedKafka(partitions = 1)
class TravelDemoDataIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    List<DemoDataSet> demoData;
    @Autowired
    PassportOverdueSweep passportSweep;
    @Autowired
    Units units;
    @Autowired
    AnnualPlans plans;
    @Autowired
    Delegations delegations;
    @Autowired
    Passports passports;
    @Autowired
    Authorisations authorisations;

    TestHttp http;
    final String officer = TestTokens.token("officer", "FAO_OFFICER");

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void theOfficeHasAFileInEveryStateAndASecondLoadAddsNothing() {
        Map<String, Object> loadedOnStart = whatIsStored();
        demoData.forEach(DemoDataSet::load);
        assertThat(whatIsStored()).isEqualTo(loadedOnStart);

        JsonNode files = http.get("/api/travel/delegations?size=100", officer).json();
        assertThat(files.get("total").asInt()).isEqualTo(DemoOffice.FILES.size());
        assertThat(field(files, "status")).containsExactlyInAnyOrder(
                Arrays.stream(DelegationStatus.values()).map(Enum::name).toArray(String[]::new));
        assertThat(field(files, "unit")).containsOnly("U-EDU", "U-HEALTH", "U-MACHINERY", "U-UNIV");
        assertThat(statusOfTripTo(files, DemoOffice.BONGHWA)).isEqualTo("CLOSED");
        assertThat(statusOfTripTo(files, DemoOffice.YORBA_LINDA)).isEqualTo("SIGNED");
    }

    @Test
    void theBeltAndRoadTradeMissionWentThroughTheGreenChannel() {
        JsonNode green = http.get("/api/travel/delegations?greenChannel=true", officer).json();
        assertThat(green.get("total").asInt()).isEqualTo(1);
        JsonNode mission = green.get("items").get(0);
        assertThat(mission.get("unit").asString()).isEqualTo("U-MACHINERY");
        assertThat(mission.get("category").asString()).isEqualTo("ECONOMIC_AND_TRADE");
        assertThat(mission.get("beltAndRoad").asBoolean()).isTrue();
        assertThat(mission.get("destinationCountries").get(0).asString()).isEqualTo("KZ");
        assertThat(mission.get("status").asString()).isEqualTo("APPROVED");
        // The director waived the notice period and decided within the green channel's target.
        assertThat(mission.get("waivers").findValuesAsString("ruleCode")).containsExactly("PRE_TRIP_NOTICE_PERIOD");
        JsonNode target = mission.get("deadlines").get(0);
        assertThat(target.get("kind").asString()).isEqualTo("GREEN_CHANNEL_DECISION");
        assertThat(target.get("state").asString()).isEqualTo("MET");
    }

    @Test
    void thePassportsOfTheTripBackFromHanoverAreOverdueAndTheSweepSaysSo() {
        JsonNode overdue = http.get("/api/travel/passports?overdue=true", officer).json();
        assertThat(overdue.get("total").asInt()).isEqualTo(3);
        JsonNode trip = http.get("/api/travel/delegations/" + overdue.get("items").get(0).get("currentLoan")
                .get("delegationId").asString(), officer).json();
        assertThat(trip.get("status").asString()).isEqualTo("BACK_HOME");
        assertThat(field(overdue, "holderUnit")).containsOnly("U-MACHINERY");
        assertThat(field(overdue, "daysOverdue")).allMatch(days -> Long.parseLong(days) > 0);
        List<String> passportIds = field(overdue, "id");

        // The check ran when the service started, perhaps before the demo was there; it runs again hourly.
        passportSweep.sweep();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestKafka.readAll(broker.getBrokersAsString(), "waishi.travel.passports").stream()
                        .filter(record -> TestKafka.header(record, "ce_type")
                                .equals(EventType.PASSPORT_OVERDUE.typeName()))
                        .map(record -> record.key()).toList())
                .containsExactlyInAnyOrderElementsOf(passportIds));
    }

    @Test
    void theReportOfTheTripToBrazilIsOverdue() {
        JsonNode missed = http.get("/api/travel/deadlines?state=MISSED&kind=TRIP_REPORT", officer).json();
        assertThat(missed.size()).isEqualTo(1);
        assertThat(missed.get(0).get("unit").asString()).isEqualTo("U-MACHINERY");
        assertThat(missed.get(0).get("status").asString()).isEqualTo("PASSPORTS_BACK");
    }

    @Test
    void theAfterSalesEngineersHoldAMultiTripAuthorisationWithATripOnIt() {
        JsonNode granted = http.get("/api/travel/authorisations?status=GRANTED", officer).json();
        assertThat(granted.get("total").asInt()).isEqualTo(1);
        JsonNode authorisation = granted.get("items").get(0);
        assertThat(authorisation.get("unit").asString()).isEqualTo("U-MACHINERY");
        assertThat(authorisation.get("category").asString()).isEqualTo("AFTER_SALES");
        assertThat(authorisation.get("trips").size()).isEqualTo(1);
        assertThat(authorisation.get("trips").get(0).get("countries").get(0).asString()).isEqualTo("VN");
    }

    @Test
    void eachDemoClerkSeesOnlyTheirUnitsFiles() {
        Map<String, String> clerks = Map.of("clerk", "U-EDU", "health-clerk", "U-HEALTH", "soe-clerk", "U-MACHINERY",
                "univ-clerk", "U-UNIV");
        clerks.forEach((clerk, unit) -> {
            String token = TestTokens.user(clerk).roles("UNIT_CLERK").unit(unit).build();
            // Asking for another unit's files changes nothing.
            JsonNode seen = http.get("/api/travel/delegations?size=100&unit=U-MACHINERY", token).json();
            assertThat(field(seen, "unit")).as(clerk).isNotEmpty().containsOnly(unit);
            assertThat(seen.get("total").asLong()).as(clerk)
                    .isEqualTo(DemoOffice.FILES.stream().filter(file -> file.unit().code().equals(unit)).count());
        });
    }

    private static String statusOfTripTo(JsonNode files, String partnerCityId) {
        return files.get("items").valueStream()
                .filter(file -> file.has("partnerCityId") && partnerCityId.equals(file.get("partnerCityId").asString()))
                .map(file -> file.get("status").asString())
                .findFirst().orElseThrow();
    }

    /** One field of every item of a page, as text. */
    private static List<String> field(JsonNode page, String name) {
        return page.get("items").valueStream().map(item -> item.get(name).asString()).toList();
    }

    /** How many of each record there are, and the version of each unit. */
    private Map<String, Object> whatIsStored() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("delegations", delegations.count());
        stored.put("passports", passports.count());
        stored.put("plans", plans.count());
        stored.put("authorisations", authorisations.count());
        stored.put("units", units.findAll().stream().collect(Collectors.toMap(Unit::code, Unit::version)));
        return stored;
    }
}
