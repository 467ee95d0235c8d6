package io.waishi.reception.letter;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.reception.guest.GuestList;
import io.waishi.reception.guest.GuestService;
import io.waishi.reception.guest.PersonalDataSeal;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitDetails;
import io.waishi.reception.visit.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The use cases on visa invitation letters: issue them for a visit, list them, print one. */
@Service
public class LetterService {

    private final VisaLetters letters;
    private final LetterRegister register;
    private final LetterNumbers numbers;
    private final VisitService visits;
    private final GuestService guests;
    private final PersonalDataSeal seal;
    private final LetterSettings settings;
    /** The zone whose calendar year numbers the letters and dates them: the office's, as everywhere in reception. */
    private final ZoneId officeZone;
    private final Clock clock;

    LetterService(VisaLetters letters, LetterRegister register, LetterNumbers numbers, VisitService visits,
            GuestService guests, PersonalDataSeal seal, LetterSettings settings,
            @Value("${waishi.reception.office-zone:Asia/Shanghai}") ZoneId officeZone, Clock clock) {
        this.letters = letters;
        this.register = register;
        this.numbers = numbers;
        this.visits = visits;
        this.guests = guests;
        this.seal = seal;
        this.settings = settings;
        this.officeZone = officeZone;
        this.clock = clock;
    }

    /**
     * Issues one letter per embassy or consulate for the guests who apply for a visa and have none yet.
     *
     * @param purpose   the purpose as the letters word it; the visit's when null
     * @param places    the places visited; the office's default when null
     * @param itinerary a summary of the schedule, or null
     */
    public List<VisaLetter> issue(Actor actor, String visitId, LocalizedText purpose, LocalizedText places,
            LocalizedText itinerary) {
        Visit visit = visits.get(actor, visitId);
        GuestList list = guests.list(actor, visitId);
        VisitDetails details = visit.details();
        LocalizedText statedPurpose = purpose != null ? purpose : details.purpose();
        List<LetterIssue.Group> groups = LetterIssue.plan(actor, visit, list, register.guestsInvited(visit.id()),
                statedPurpose);
        LetterFacts facts = new LetterFacts(details.title(), statedPurpose,
                places != null ? places : settings.defaultPlaces(), itinerary, details.arrivalDate(),
                details.departureDate(), details.hostingMode(), settings.issuingUnit(), settings.contact());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int year = LocalDate.ofInstant(now, officeZone).getYear();
        List<VisaLetter> issued = new ArrayList<>();
        for (LetterIssue.Group group : groups) {
            String number = numbers.next(year);
            issued.add(letters.insert(VisaLetter.issue(number, year, visit.id(), group, facts, actor.userId(), now)));
        }
        return issued;
    }

    /** The letters issued for the visit, oldest first; for everyone who sees the visit (no passport data). */
    public List<VisaLetter> list(Actor actor, String visitId) {
        Visit visit = visits.get(actor, visitId);
        return letters.findByVisitIdOrderByIssuedAtAscIdAsc(visit.id());
    }

    /**
     * One letter as printed, passports opened: for reception officers, and for auditors, who read everything the
     * office issued (DESIGN.md §7); guest lists stay masked for them.
     */
    public LetterDocument document(Actor actor, String visitId, String number) {
        actor.require("read a visa invitation letter", Role.RECEPTION_OFFICER, Role.AUDITOR);
        Visit visit = visits.get(actor, visitId);
        VisaLetter letter = letters.findById(number).filter(found -> found.visitId().equals(visit.id()))
                .orElseThrow(() -> new NotFoundException("Visa letter", number));
        return new LetterDocument(letter.number(), LocalDate.ofInstant(letter.issuedAt(), officeZone),
                letter.issuingPost(), letter.facts(), letter.invitees().stream()
                        .map(invitee -> new LetterDocument.OpenInvitee(invitee.nativeName(), invitee.latinName(),
                                invitee.title(), invitee.organisation(), invitee.passport().open(seal)))
                        .toList());
    }
}
