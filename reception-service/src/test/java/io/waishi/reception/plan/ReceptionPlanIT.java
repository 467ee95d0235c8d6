package io.waishi.reception.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.testing.TestHttp;
import io.waishi.reception.ReceptionOverHttp;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two visits planned over HTTP on a real Kafka broker and the Mongo wire server: an interpreter and a venue on
 * the office's lists, booked by one visit and refused to the other at an overlapping time, the agenda printed
 * and exported as a calendar.
 */
class ReceptionPlanIT extends ReceptionOverHttp {

    static final String API = "/api/receptions";

    @Test
    void twoVisitsCannotBookTheSameInterpreterOrVenueAtOnceAndTheAgendaIsExported() throws Exception {
        TestHttp.Answer interpreter = http.post(API + "/interpreters", reception, TestHttp.json(Map.of(
                "name", "金美英", "languages", List.of("ko", "en"))));
        assertThat(interpreter.status()).as(interpreter.body()).isEqualTo(201);
        String kim = interpreter.json().get("id").asString();
        TestHttp.Answer venue = http.post(API + "/venues", reception, TestHttp.json(Map.of(
                "name", Map.of("zh", "迎宾馆一号厅", "en", "Guesthouse Hall 1"), "address", "新华路1号", "capacity", 30)));
        assertThat(venue.status()).as(venue.body()).isEqualTo(201);
        String hall = venue.json().get("id").asString();
        assertThat(http.post(API + "/venues", clerk, TestHttp.json(Map.of("name", Map.of("zh", "x"),
                "address", "y", "capacity", 3))).status()).isEqualTo(403);
        assertThat(http.get(API + "/interpreters/" + kim, director).json().get("languages").get(0).asString())
                .isEqualTo("ko");

        String first = approvedVisit("韩国奉化郡代表团来访", "Bonghwa County; friendship, 30 years");
        String second = approvedVisit("韩国庆州市代表团来访", "Gyeongju delegation");

        TestHttp.Answer planned = put(API + "/visits/" + first + "/plan", reception, null, plan(
                item("talks-1", "2027-06-16T09:00", "2027-06-16T10:00", "TALKS", hall, kim, "会谈 <正式>")));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(planned.json().get("revision").asInt()).isEqualTo(1);
        assertThat(planned.json().get("checklist").size()).isEqualTo(12);

        TestHttp.Answer refused = put(API + "/visits/" + second + "/plan", reception, null, plan(
                item("lunch", "2027-06-16T09:59", "2027-06-16T11:00", "BANQUET", hall, kim, "午宴")));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code"))
                .containsExactlyInAnyOrder("INTERPRETER_DOUBLE_BOOKED", "VENUE_DOUBLE_BOOKED");
        JsonNode doubleBooked = refused.json().get("violations").get(0);
        assertThat(doubleBooked.get("parameters").get("otherVisitId").asString()).isEqualTo(first);
        assertThat(doubleBooked.get("parameters").get("otherItemId").asString()).isEqualTo("talks-1");
        assertThat(doubleBooked.get("message").get("zh").asString()).contains("talks-1");
        assertThat(doubleBooked.get("message").get("en").asString()).contains("already booked");

        TestHttp.Answer adjacent = put(API + "/visits/" + second + "/plan", reception, null, plan(
                item("lunch", "2027-06-16T10:00", "2027-06-16T11:00", "BANQUET", hall, kim, "午宴")));
        assertThat(adjacent.status()).as("ending at 10:00 and starting at 10:00 do not overlap " + adjacent.body())
                .isEqualTo(200);

        JsonNode bookings = http.get(API + "/interpreters/" + kim + "/bookings?from=2027-06-16&to=2027-06-16",
                director).json();
        assertThat(bookings.findValuesAsString("visitId")).containsExactly(first, second);
        assertThat(bookings.get(0).get("start").asString()).startsWith("2027-06-16T09:00");
        assertThat(http.get(API + "/venues/" + hall + "/bookings?from=2027-06-01&to=2027-06-30", director).json()
                .findValuesAsString("itemId")).containsExactly("talks-1", "lunch");

        String etag = planned.header("ETag");
        TestHttp.Answer revised = put(API + "/visits/" + first + "/plan", reception, etag, plan(
                item("talks-1", "2027-06-16T08:00", "2027-06-16T09:30", "TALKS", hall, kim, "会谈 <正式>"),
                item("site", "2027-06-17T14:00", "2027-06-17T16:00", "SITE_VISIT", null, null, "参观照金")));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
        assertThat(put(API + "/visits/" + first + "/plan", reception, etag, plan()).status())
                .as("a stale If-Match").isEqualTo(412);
        assertThat(http.get(API + "/visits/" + first + "/plan/versions/1", director).json().get("items").get(0)
                .get("start").asString()).startsWith("2027-06-16T09:00");
        assertThat(http.get(API + "/visits/" + first + "/plan/versions", director).json().size()).isEqualTo(2);

        TestHttp.Answer done = put(API + "/visits/" + first + "/plan/checklist/HOTEL", reception,
                revised.header("ETag"), TestHttp.json(Map.of("owner", "钱科长", "state", "DONE")));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonNode open = http.get(API + "/checklist?open=true", reception).json();
        assertThat(open.findValuesAsString("visitId")).contains(first, second);
        assertThat(open.valueStream().filter(entry -> entry.get("visitId").asString().equals(first))
                .map(entry -> entry.get("task").asString())).doesNotContain("HOTEL").hasSize(11);

        TestHttp.Answer html = http.get(API + "/visits/" + first + "/agenda.html", director);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("韩国奉化郡代表团来访", "Bonghwa County; friendship, 30 years",
                "会谈 &lt;正式&gt;", "金美英 (ko)", "08:00–09:30", "迎宾馆一号厅", "Guesthouse Hall 1");

        TestHttp.Answer ics = http.get(API + "/visits/" + first + "/agenda.ics", director);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(ics.body()).contains("DTSTART;TZID=Asia/Shanghai:20270616T080000");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(calendar.getComponents("VEVENT")).hasSize(2);
        assertThat(http.get(API + "/visits/" + first + "/agenda.ics", clerk).status()).isEqualTo(403);
    }

    @Test
    void noPlanBeforeHostingIsApproved() {
        String id = http.post(API + "/visits", reception, visitJson("日本友好人士来访", null)).json().get("id").asString();
        TestHttp.Answer refused = put(API + "/visits/" + id + "/plan", reception, null, plan());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsString("code")).containsExactly("PLAN_BEFORE_APPROVAL");
        assertThat(http.get(API + "/visits/" + id + "/plan", reception).status()).isEqualTo(404);
    }

    private String approvedVisit(String zh, String en) {
        TestHttp.Answer requested = http.post(API + "/visits", reception, visitJson(zh, en));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        TestHttp.Answer approved = http.send(http.request(API + "/visits/" + id + "/approve-invitation", director)
                .header("If-Match", requested.header("ETag")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    private static String visitJson(String zh, String en) {
        Map<String, Object> title = new HashMap<>(Map.of("zh", zh));
        if (en != null) {
            title.put("en", en);
        }
        return TestHttp.json(Map.of("title", title, "invitingDepartment", "市外事办", "arrivalDate", "2027-06-15",
                "departureDate", "2027-06-18", "guestCount", 12, "hostingMode", "FULL", "countries", List.of("KR")));
    }

    private TestHttp.Answer put(String path, String token, String ifMatch, String json) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private static Map<String, Object> item(String id, String start, String end, String kind, String venueId,
            String interpreterId, String zh) {
        Map<String, Object> item = new HashMap<>(Map.of("id", id, "start", start, "end", end, "kind", kind,
                "title", Map.of("zh", zh, "en", "Item " + id), "officials", List.of(Map.of("name", "王市长",
                        "title", "市长"))));
        if (venueId != null) {
            item.put("venueId", venueId);
        }
        if (interpreterId != null) {
            item.put("interpreters", List.of(Map.of("interpreterId", interpreterId, "language", "ko")));
        }
        return item;
    }

    @SafeVarargs
    private static String plan(Map<String, Object>... items) {
        return TestHttp.json(Map.of("items", List.of(items), "lodging", List.of(Map.of("hotel", "迎宾馆",
                "checkIn", "2027-06-15", "checkOut", "2027-06-18", "rooms", 8))));
    }
}
