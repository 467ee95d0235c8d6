package io.waishi.reception.letter;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.guest.Guest;
import io.waishi.reception.guest.GuestList;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;

/**
 * Which letters to issue for a visit, and whether they may be issued at all: only a reception officer issues
 * them; only for a visit that is approved and still open (RULES.md §3: no invitation or commitment before the
 * visit is approved, S18c/S19); only for guests who apply for a visa and have no letter yet, one letter per
 * embassy or consulate; and a letter states the visit's purpose.
 */
public final class LetterIssue {

    static final String ACT = "issue visa invitation letters";

    private LetterIssue() {
    }

    /** The guests who apply at one embassy or consulate, in the list's order; groups in order of their first guest. */
    public record Group(String issuingPost, List<Guest> guests) {
    }

    /**
     * The groups to issue letters for, or every broken rule at once.
     *
     * @param alreadyInvited the guests a letter of this visit already invites
     * @param purpose        the purpose the letter states: the visit's unless the officer words it anew
     */
    public static List<Group> plan(Actor actor, Visit visit, GuestList guests, Set<String> alreadyInvited,
            LocalizedText purpose) {
        actor.require(ACT, Role.RECEPTION_OFFICER);
        List<RuleViolation> violations = new ArrayList<>();
        VisitStatus status = visit.status();
        if (!status.open()) {
            violations.add(RuleViolation.of("LETTER_VISIT_CLOSED", null, Map.of("status", status.name())));
        } else if (!status.approved()) {
            violations.add(RuleViolation.of("LETTER_BEFORE_APPROVAL", null, Map.of("status", status.name())));
        }
        if (purpose == null) {
            violations.add(RuleViolation.of("LETTER_PURPOSE_MISSING", "purpose", Map.of()));
        }
        Map<String, List<Guest>> byPost = new LinkedHashMap<>();
        for (Guest guest : guests.guests()) {
            if (guest.needsVisaLetter() && !alreadyInvited.contains(guest.id())) {
                byPost.computeIfAbsent(guest.passport().issuingPost(), post -> new ArrayList<>()).add(guest);
            }
        }
        if (byPost.isEmpty()) {
            violations.add(RuleViolation.of("LETTER_NOBODY_TO_INVITE", "guests",
                    Map.of("guests", guests.guests().size(), "alreadyInvited", alreadyInvited.size())));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return byPost.entrySet().stream().map(entry -> new Group(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }
}
