package io.waishi.reception.visit;

/**
 * What the visit's workflow asks of the features that prepare it, without depending on them: the letters
 * feature answers how many visa letters were issued, the plan feature whether a reception plan is on file.
 */
public interface VisitPreparation {

    /** Visa invitation letters issued for the visit so far. */
    long visaLettersIssued(String visitId);

    /** Whether a reception plan has been saved for the visit. */
    boolean hasReceptionPlan(String visitId);
}
