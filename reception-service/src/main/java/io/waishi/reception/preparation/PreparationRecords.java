package io.waishi.reception.preparation;

import io.waishi.reception.guest.GuestLists;
import io.waishi.reception.hospitality.GiftRecipients;
import io.waishi.reception.letter.LetterRegister;
import io.waishi.reception.plan.ReceptionPlans;
import io.waishi.reception.visit.VisitPreparation;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What one feature of a visit asks of another, answered from the records: the workflow's view of its
 * preparation (letters issued, a plan on file) and hospitality's view of the guest list.
 */
@Component
class PreparationRecords implements VisitPreparation, GiftRecipients {

    private final LetterRegister letters;
    private final ReceptionPlans plans;
    private final GuestLists guests;

    PreparationRecords(LetterRegister letters, ReceptionPlans plans, GuestLists guests) {
        this.letters = letters;
        this.plans = plans;
        this.guests = guests;
    }

    @Override
    public boolean listed(String visitId) {
        return guests.findById(visitId).map(list -> !list.guests().isEmpty()).orElse(false);
    }

    @Override
    public Optional<Recipient> of(String visitId, String guestId) {
        return guests.findById(visitId).flatMap(list -> list.guest(guestId)).map(guest -> new Recipient(
                guest.profile().headOfDelegation(), guest.profile().spouseOf() != null,
                guest.profile().firstVisitToCity()));
    }

    @Override
    public long visaLettersIssued(String visitId) {
        return letters.countIssued(visitId);
    }

    @Override
    public boolean hasReceptionPlan(String visitId) {
        return plans.existsById(visitId);
    }
}
