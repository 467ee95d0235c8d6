package io.waishi.reception.preparation;

import io.waishi.reception.letter.LetterRegister;
import io.waishi.reception.plan.ReceptionPlans;
import io.waishi.reception.visit.VisitPreparation;
import org.springframework.stereotype.Component;

/** The visit workflow's view of its preparation, read from the letters register and the reception plans. */
@Component
class PreparationRecords implements VisitPreparation {

    private final LetterRegister letters;
    private final ReceptionPlans plans;

    PreparationRecords(LetterRegister letters, ReceptionPlans plans) {
        this.letters = letters;
        this.plans = plans;
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
