package io.waishi.reception.letter;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What has been issued for a visit, for other features of this service (e.g. the visit's "visa letters
 * issued" step can require at least one). Checks no roles: callers check their own.
 */
@Component
public class LetterRegister {

    private final VisaLetters letters;

    LetterRegister(VisaLetters letters) {
        this.letters = letters;
    }

    /** How many visa invitation letters were issued for the visit. */
    public long countIssued(String visitId) {
        return letters.countByVisitId(visitId);
    }

    /** The guests some letter of the visit invites. */
    public Set<String> guestsInvited(String visitId) {
        return letters.findByVisitIdOrderByIssuedAtAscIdAsc(visitId).stream()
                .flatMap(letter -> letter.invitees().stream())
                .map(Invitee::guestId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
