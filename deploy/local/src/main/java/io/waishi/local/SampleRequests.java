package io.waishi.local;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies a client of the suite sends, shared by the system tests and the benchmark so both drive
 * the services the same, rule-abiding way.
 */
public final class SampleRequests {

    private SampleRequests() {
    }

    /** A partner city registration. */
    public static Map<String, Object> yorbaLinda() {
        return Map.of("names", Map.of("zh", "约巴林达市", "en", "Yorba Linda"), "country", "US", "region", "California",
                "administrativeLevel", "PREFECTURE_CITY", "diplomaticRelations", true);
    }

    /**
     * A delegation to the partner city that breaks no travel rule: two people, five days, one country,
     * carrying out item {@code planItemId} of the Education Bureau's annual plan.
     */
    public static Map<String, Object> delegationTo(String partnerCityId, LocalDate departure, String planItemId) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", Map.of("zh", "赴约巴林达友好访问", "en", "Friendship visit to Yorba Linda"));
        plan.put("category", "SISTER_CITY");
        plan.put("partnerCityId", partnerCityId);
        plan.put("destinationCountries", List.of("US"));
        plan.put("departureDate", departure.toString());
        plan.put("returnDate", departure.plusDays(4).toString());
        plan.put("members", List.of(
                Map.of("name", "Li Ming", "unit", "U-EDU", "post", "Director", "rank", "BUREAU", "role", "LEADER",
                        "personId", "EDU-0001"),
                Map.of("name", "Chen Jing", "unit", "U-EDU", "post", "Interpreter", "role", "INTERPRETER",
                        "personId", "EDU-0002")));
        plan.put("schedule", List.of(
                Map.of("date", departure.plusDays(1).toString(), "activity", "Talks with the city council", "hours", 6,
                        "official", true),
                Map.of("date", departure.plusDays(2).toString(), "activity", "School and hospital visits", "hours", 6,
                        "official", true),
                Map.of("date", departure.plusDays(3).toString(), "activity", "Cultural evening", "hours", 3,
                        "official", false)));
        plan.put("tasks", List.of("Agree the 2027 exchange programme"));
        plan.put("invitation", Map.of("invitingBody", "City of Yorba Linda", "signer", "Mayor",
                "relationship", "Sister city since 2015", "inviterKind", "PARTNER_CITY", "translationAttached", true));
        plan.put("budget", Map.of("items", List.of(Map.of("description", "Air tickets", "amountYuan", 24000),
                Map.of("description", "Accommodation", "amountYuan", 9000)),
                "fundingSource", "Unit budget", "financeSealConfirmed", true));
        plan.put("planItemId", planItemId);
        return plan;
    }
}
