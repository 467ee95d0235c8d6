package io.waishi.reception.guest;

import io.waishi.platform.domain.RuleViolation;
import io.waishi.reception.visit.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules a guest list keeps, all evaluated together. Violations name guests by their display name and
 * never carry passport numbers or dates of birth.
 */
final class GuestRules {

    private GuestRules() {
    }

    /**
     * The rules for putting {@code candidate} on the list, where {@code others} are the guests already on it
     * (without the candidate's earlier version when it is revised).
     */
    static List<RuleViolation> forGuest(Visit visit, List<Guest> others, String candidateId, GuestProfile candidate,
            PassportData passport, boolean adding) {
        List<RuleViolation> violations = new ArrayList<>();
        int guestCount = visit.details().guestCount();
        if (adding && others.size() + 1 > guestCount) {
            violations.add(RuleViolation.of("GUEST_COUNT_EXCEEDED", "guests",
                    Map.of("guestCount", guestCount, "actual", others.size() + 1)));
        }
        if (candidate.headOfDelegation()) {
            others.stream().filter(guest -> guest.profile().headOfDelegation()).findFirst().ifPresent(head ->
                    violations.add(RuleViolation.of("HEAD_OF_DELEGATION_TAKEN", "headOfDelegation",
                            Map.of("headOfDelegation", head.profile().displayName()))));
        }
        String spouseOf = candidate.spouseOf();
        if (spouseOf != null) {
            if (spouseOf.equals(candidateId)) {
                violations.add(RuleViolation.of("SPOUSE_OF_SELF", "spouseOf", Map.of()));
            } else {
                Guest partner = others.stream().filter(guest -> guest.id().equals(spouseOf)).findFirst().orElse(null);
                if (partner == null) {
                    violations.add(RuleViolation.of("SPOUSE_NOT_ON_LIST", "spouseOf", Map.of("spouseOf", spouseOf)));
                } else if (partner.profile().spouseOf() != null) {
                    violations.add(RuleViolation.of("SPOUSE_OF_A_SPOUSE", "spouseOf",
                            Map.of("guest", partner.profile().displayName())));
                } else {
                    others.stream().filter(guest -> spouseOf.equals(guest.profile().spouseOf())).findFirst()
                            .ifPresent(spouse -> violations.add(RuleViolation.of("SPOUSE_ALREADY_LISTED", "spouseOf",
                                    Map.of("guest", partner.profile().displayName(),
                                            "spouse", spouse.profile().displayName()))));
                }
            }
        }
        if (!adding && candidate.spouseOf() != null) {
            others.stream().filter(guest -> Objects.equals(candidateId, guest.profile().spouseOf())).findFirst()
                    .ifPresent(spouse -> violations.add(RuleViolation.of("SPOUSE_OF_A_SPOUSE", "spouseOf",
                            Map.of("guest", candidate.displayName()))));
        }
        if (passport != null && !passport.expiryDate().isAfter(visit.details().departureDate())) {
            violations.add(RuleViolation.of("PASSPORT_EXPIRES_BEFORE_DEPARTURE", "passport.expiryDate",
                    Map.of("guest", candidate.displayName(), "departureDate", visit.details().departureDate())));
        }
        return violations;
    }

    /** The rules for taking {@code leaving} off the list. */
    static List<RuleViolation> forRemoval(List<Guest> guests, Guest leaving) {
        List<RuleViolation> violations = new ArrayList<>();
        guests.stream().filter(guest -> leaving.id().equals(guest.profile().spouseOf())).findFirst()
                .ifPresent(spouse -> violations.add(RuleViolation.of("GUEST_HAS_SPOUSE_ON_LIST", "spouseOf",
                        Map.of("guest", leaving.profile().displayName(), "spouse", spouse.profile().displayName()))));
        return violations;
    }
}
