package io.waishi.travel.plan.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.plan.AnnualPlan;
import io.waishi.travel.plan.ItemRevision;
import io.waishi.travel.plan.PlanChange;
import io.waishi.travel.plan.PlanItem;
import io.waishi.travel.plan.PlanStatus;
import io.waishi.travel.plan.PlannedTrip;
import io.waishi.travel.unit.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the annual plan API. Clients never send status, item ids of new trips or audit fields. */
final class PlanRequests {

    private PlanRequests() {
    }

    static final String COUNTRY_PATTERN = "[A-Z]{2}";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166 country code";

    record Text(@NotBlank @Size(max = 200) String zh, @Size(max = 200) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }
    }

    record DraftPlan(@NotNull @Min(Unit.FIRST_YEAR) @Max(Unit.LAST_YEAR) Integer year) {
    }

    /**
     * One trip of the plan as the clerk wants it.
     *
     * @param itemId the item it revises, or none for a new trip
     */
    record ItemRequest(@Pattern(regexp = "P[1-9][0-9]{0,5}", message = "must be an item id of the plan") String itemId,
            @NotNull @Valid Text title,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = COUNTRY_PATTERN, message = COUNTRY_MESSAGE) String> countries,
            @NotNull DelegationCategory category,
            @NotNull @Min(1) @Max(4) Integer plannedQuarter,
            @NotNull @Min(1) @Max(1000) Integer plannedSize,
            @Size(max = 1000) String note) {

        ItemRevision toDomain() {
            return new ItemRevision(itemId, new PlannedTrip(title.toDomain(), countries, category, plannedQuarter,
                    plannedSize, note));
        }
    }

    /** The plan's whole list of trips: named items are changed, new ones added, the others removed. */
    record ItemsRequest(@NotNull @Size(max = AnnualPlan.MAX_ITEMS) List<@NotNull @Valid ItemRequest> items) {

        List<ItemRevision> toDomain() {
            return items.stream().map(ItemRequest::toDomain).toList();
        }
    }

    record ReturnRequest(@NotBlank @Size(max = 2000) String comment) {
    }

    record PlanView(String id, String unit, int year, PlanStatus status, List<PlanItem> items, int plannedTrips,
            String returnComment, String createdBy, Instant createdAt, List<PlanChange> history, long version) {

        static PlanView of(AnnualPlan plan) {
            return new PlanView(plan.id(), plan.unit(), plan.year(), plan.status(), plan.items(), plan.items().size(),
                    plan.returnComment().orElse(null), plan.createdBy(), plan.createdAt(), plan.history(),
                    plan.version() == null ? 0 : plan.version());
        }
    }
}
