package io.waishi.local;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A demo account of the local stack, seeded by identity-service on every start (only when missing) with the
 * password {@link LocalStack#DEMO_PASSWORD}; its tokens carry {@code sub = username}, the {@code roles} claim and,
 * where given, the {@code unit} claim. Must match identity-service's {@code DemoAccounts.ALL}.
 *
 * @param username the account and token subject, also what {@code ./waishi token <username>} accepts
 * @param roles role names as in the {@code roles} claim
 * @param unit the user's unit ({@code unit} claim), or {@code null} for office-wide users
 * @param description what the user stands for, printed in the start banner
 */
public record DemoUser(String username, List<String> roles, String unit, String description) {

    public DemoUser {
        roles = List.copyOf(roles);
    }

    /** The demo users printed at start, in this order. */
    public static final List<DemoUser> ALL = List.of(
            new DemoUser("clerk", List.of("UNIT_CLERK"), "U-EDU", "clerk of the Education Bureau (files trips)"),
            new DemoUser("signatory", List.of("UNIT_SIGNATORY"), "U-EDU", "signs off the Education Bureau's files"),
            new DemoUser("health-clerk", List.of("UNIT_CLERK"), "U-HEALTH", "clerk of another unit (sees only its own files)"),
            new DemoUser("soe-clerk", List.of("UNIT_CLERK"), "U-MACHINERY",
                    "clerk of the City Machinery Group, a city-owned enterprise"),
            new DemoUser("soe-signatory", List.of("UNIT_SIGNATORY"), "U-MACHINERY",
                    "signs off the City Machinery Group's files"),
            new DemoUser("univ-clerk", List.of("UNIT_CLERK"), "U-UNIV", "clerk of the City University"),
            new DemoUser("univ-signatory", List.of("UNIT_SIGNATORY"), "U-UNIV",
                    "signs off the City University's files"),
            new DemoUser("officer", List.of("FAO_OFFICER"), null, "Foreign Affairs Office case officer"),
            new DemoUser("director", List.of("FAO_DIRECTOR"), null, "Foreign Affairs Office director (approves)"),
            new DemoUser("sister", List.of("SISTER_CITY_OFFICER"), null, "sister-city relations officer"),
            new DemoUser("reception", List.of("RECEPTION_OFFICER"), null, "reception (inbound visits) officer"),
            new DemoUser("editor", List.of("PUBLICITY_EDITOR"), null, "publicity editor (drafts)"),
            new DemoUser("section-head", List.of("PUBLICITY_SECTION_HEAD"), null, "publicity section head (reviews)"),
            new DemoUser("leader", List.of("PUBLICITY_LEADER"), null, "office leader (releases publicity)"),
            new DemoUser("admin", List.of("ADMIN"), null, "administrator (policy parameters, users)"),
            new DemoUser("auditor", List.of("AUDITOR"), null, "auditor (reads everything, changes nothing)"));

    /** Every role of the design (section 7), for warnings about typos. */
    public static final List<String> KNOWN_ROLES = List.of("UNIT_CLERK", "UNIT_SIGNATORY", "FAO_OFFICER",
            "FAO_DIRECTOR", "SISTER_CITY_OFFICER", "RECEPTION_OFFICER", "PUBLICITY_EDITOR",
            "PUBLICITY_SECTION_HEAD", "PUBLICITY_LEADER", "ADMIN", "AUDITOR");

    public static Optional<DemoUser> find(String username) {
        String wanted = username.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(u -> u.username().equals(wanted)).findFirst();
    }
}
