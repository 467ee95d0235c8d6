package io.waishi.travel.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notice the unit posts before the trip (行前公示, RULES.md §1, S4): the trip may be approved once it
 * has been up for PRE_TRIP_NOTICE_WORKING_DAYS working days and no objection is left open.
 *
 * @param postedOn     the day the unit posted it
 * @param requiredDays the working days the policy required on that day
 * @param endsOn       the first day the notice counts as served: {@code requiredDays} working days after posting
 */
public record PreTripNotice(LocalDate postedOn, int requiredDays, LocalDate endsOn, List<Objection> objections) {

    public PreTripNotice {
        objections = objections == null ? List.of() : List.copyOf(objections);
    }

    public boolean servedOn(LocalDate today) {
        return !today.isBefore(endsOn);
    }

    public List<Objection> openObjections() {
        return objections.stream().filter(objection -> !objection.isResolved()).toList();
    }

    PreTripNotice withObjection(Objection objection) {
        List<Objection> all = new ArrayList<>(objections);
        all.add(objection);
        return new PreTripNotice(postedOn, requiredDays, endsOn, all);
    }

    PreTripNotice withResolved(Objection resolved) {
        return new PreTripNotice(postedOn, requiredDays, endsOn, objections.stream()
                .map(objection -> objection.id().equals(resolved.id()) ? resolved : objection).toList());
    }
}
