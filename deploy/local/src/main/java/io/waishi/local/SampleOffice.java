package io.waishi.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets up an office in which many trips can be approved in one day, through travel-service's own API as
 * an administrator, a director and the Education Bureau's staff would — for the system tests and the
 * benchmark, which exercise the approval and what follows it, not the calendar. The administrator
 * lets the pre-trip notice and the same-country interval be served at once; the director raises the
 * bureau's quota; its plans hold one planned trip to the partner per delegation.
 */
public final class SampleOffice {

    /** The office's time zone, in which "today" is counted for policy dates. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String UNIT = "U-EDU";
    private static final int ITEMS_PER_PLAN = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final UnaryOperator<String> tokens;
    private final int firstYear = LocalDate.now(OFFICE_ZONE).getYear() + 1;
    private final int trips;
    private int used;

    /**
     * @param baseUrl the gateway's or travel-service's URL
     * @param tokens  a bearer token for a demo user name (admin, director, officer, clerk, signatory)
     * @param trips   how many delegations the office must be able to approve
     */
    public SampleOffice(String baseUrl, UnaryOperator<String> tokens, int trips) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.trips = trips;
    }

    /** One trip's file, accepted by the officer and waiting for the director. */
    public record AcceptedFile(String id, String etag) {
    }

    public SampleOffice open() {
        String today = LocalDate.now(OFFICE_ZONE).toString();
        for (String parameter : List.of("PRE_TRIP_NOTICE_WORKING_DAYS", "SAME_COUNTRY_INTERVAL_MONTHS")) {
            expect(201, 200, send("POST", "/api/travel/policy/" + parameter + "/values", "admin", Map.of(
                    "value", 0, "effectiveFrom", today, "source", "Sample office: served at once")));
        }
        HttpResponse<String> unit = send("POST", "/api/travel/units", "admin", Map.of("code", UNIT,
                "name", Map.of("zh", "市教育局", "en", "Education Bureau"), "kind", "GOVERNMENT_BUREAU",
                "foreignAffairsOrCommerce", true));
        if (unit.statusCode() != 409) {
            expect(201, 201, unit);
        }
        expect(201, 200, send("POST", "/api/travel/units/" + UNIT + "/signatories", "officer", Map.of(
                "userId", "signatory", "name", "Wang Jun", "post", "Deputy Director-General")));
        int plans = (trips + ITEMS_PER_PLAN - 1) / ITEMS_PER_PLAN;
        for (int year = firstYear; year < firstYear + plans; year++) {
            expect(200, 200, send("POST", "/api/travel/units/" + UNIT + "/quota-raises", "director", Map.of(
                    "year", year, "trips", 1000, "reason", "Sample office: many exchanges this year")));
            approvedPlan(year, Math.min(ITEMS_PER_PLAN, trips - (year - firstYear) * ITEMS_PER_PLAN));
        }
        return this;
    }

    private void approvedPlan(int year, int items) {
        String path = "/api/travel/plans/" + UNIT + ":" + year;
        HttpResponse<String> drafted = send("POST", "/api/travel/plans", "clerk", Map.of("year", year));
        if (drafted.statusCode() == 409) {
            return; // opened by an earlier run on the same data
        }
        expect(201, 201, drafted);
        List<Map<String, Object>> planned = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            planned.add(Map.of("title", Map.of("zh", "赴美友好城市交流", "en", "Exchange with the US partner city"),
                    "countries", List.of("US"), "category", "SISTER_CITY", "plannedQuarter", 1 + i % 4,
                    "plannedSize", 2));
        }
        expect(200, 200, send("PUT", path + "/items", "clerk", Map.of("items", planned)));
        expect(200, 200, send("POST", path + "/submit", "clerk", null));
        expect(200, 200, send("POST", path + "/approve", "officer", null));
    }

    /** A rule-abiding trip to the partner city, drafted, submitted, signed and accepted; its next plan item. */
    public AcceptedFile acceptedFile(String partnerCityId) {
        if (used >= trips) {
            throw new IllegalStateException("The sample office was opened for " + trips + " trips");
        }
        int year = firstYear + used / ITEMS_PER_PLAN;
        int item = used % ITEMS_PER_PLAN;
        used++;
        LocalDate departure = LocalDate.of(year, 3, 1).plusDays(item * 2L);
        HttpResponse<String> file = expect(201, 201, send("POST", "/api/travel/delegations", "clerk",
                SampleRequests.delegationTo(partnerCityId, departure, "P" + (item + 1))));
        String id = read(file).get("id").asString();
        file = command(id, "submit", "clerk", etag(file));
        file = command(id, "sign", "signatory", etag(file));
        file = command(id, "accept", "officer", etag(file));
        return new AcceptedFile(id, etag(file));
    }

    /** The director's approval request: the bureau-level leader makes it the city government's decision. */
    public static Map<String, Object> approval() {
        return Map.of("authorityReference", "市政府外事批〔2026〕18号");
    }

    private HttpResponse<String> command(String id, String act, String user, String etag) {
        HttpRequest request = request("/api/travel/delegations/" + id + "/" + act, user)
                .header("If-Match", etag).POST(HttpRequest.BodyPublishers.noBody()).build();
        return expect(200, 200, call(request));
    }

    private HttpResponse<String> send(String method, String path, String user, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return call(request(path, user).header("Content-Type", "application/json").method(method, publisher).build());
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + tokens.apply(user));
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }

    private static HttpResponse<String> expect(int status, int orStatus, HttpResponse<String> response) {
        if (response.statusCode() != status && response.statusCode() != orStatus) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
