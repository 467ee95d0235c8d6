package io.waishi.travel.plan;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.travel.delegation.DelegationCategory;
import java.util.List;

/**
 * One trip in a unit's annual plan, under an item id the plan gave it ({@code P1}, {@code P2}, …) that is
 * never given to another trip of the same plan, so a delegation can name the planned trip it is.
 */
public record PlanItem(String itemId, LocalizedText title, List<String> countries, DelegationCategory category,
        int plannedQuarter, int plannedSize, String note) {

    public PlanItem {
        if (itemId == null || !itemId.matches("P[1-9][0-9]*")) {
            throw new IllegalArgumentException("Not a plan item id: " + itemId);
        }
        PlannedTrip checked = new PlannedTrip(title, countries, category, plannedQuarter, plannedSize, note);
        countries = checked.countries();
        note = checked.note();
    }

    static PlanItem of(String itemId, PlannedTrip trip) {
        return new PlanItem(itemId, trip.title(), trip.countries(), trip.category(), trip.plannedQuarter(),
                trip.plannedSize(), trip.note());
    }

    /** What is planned, without the item id. */
    public PlannedTrip trip() {
        return new PlannedTrip(title, countries, category, plannedQuarter, plannedSize, note);
    }
}
