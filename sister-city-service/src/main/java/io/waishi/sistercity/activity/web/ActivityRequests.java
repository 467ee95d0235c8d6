package io.waishi.sistercity.activity.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.activity.ActivityTags;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.relationship.CooperationField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The request bodies of the activity API. */
final class ActivityRequests {

    private ActivityRequests() {
    }

    record Title(@NotBlank @Size(max = 300) String zh, @Size(max = 300) String en) {

        LocalizedText toText() {
            return LocalizedText.of(zh, en);
        }
    }

    record Outcome(@NotBlank @Size(max = 4000) String zh, @Size(max = 4000) String en) {

        LocalizedText toText() {
            return LocalizedText.of(zh, en);
        }
    }

    static LocalizedText text(Outcome outcome) {
        return outcome == null ? null : outcome.toText();
    }

    /**
     * An exchange recorded by hand; {@code status} PLANNED (the default) or HELD, which needs the outcome.
     */
    record RecordActivity(@NotBlank @Size(max = 100) String partnerCityId,
            @NotNull ExchangeActivity.Direction direction, ExchangeActivity.Status status,
            @NotNull @Valid Title title, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
            CooperationField field,
            @Size(max = ActivityTags.MAX_TAGS) List<@NotBlank @Size(max = ActivityTags.MAX_LENGTH) String> tags,
            @Min(1) @Max(10_000) Integer delegationSize, @Valid Outcome outcome) {
    }

    /** Held, with what it achieved; the actual dates when they differ from the plan. */
    record HoldRequest(LocalDate startDate, LocalDate endDate, @NotNull @Valid Outcome outcome) {
    }

    record CancelRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** What to restate; a part left out stays as it is, an empty tag list clears the tags. */
    record AmendRequest(CooperationField field,
            @Size(max = ActivityTags.MAX_TAGS) List<@NotBlank @Size(max = ActivityTags.MAX_LENGTH) String> tags,
            @Min(1) @Max(10_000) Integer delegationSize, @Valid Outcome outcome) {
    }
}
