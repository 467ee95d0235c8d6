package io.waishi.travel.delegation;

import io.waishi.platform.domain.Actor;
import java.time.LocalDate;
import java.util.List;

/** The office's custody of official passports, as the delegation workflow uses it. */
public interface PassportCustody {

    /**
     * Lends every person's one valid passport for the trip, or none (a rule violation names whoever has
     * none). Repeating the call for the same trip lends nothing twice. Returns how many are lent.
     */
    int lendForTrip(Actor officer, String delegationId, String unit, List<String> personIds, LocalDate dueBack);

    /** Takes back every passport still lent for the trip; returns how many came back. */
    int returnAllFor(Actor officer, String delegationId, LocalDate returnedOn);

    /** Makes every passport still lent for the trip due on {@code dueBack}; returns how many are out. */
    int recallFor(String delegationId, LocalDate dueBack);
}
