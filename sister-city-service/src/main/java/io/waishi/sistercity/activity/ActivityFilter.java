package io.waishi.sistercity.activity;

import io.waishi.sistercity.relationship.CooperationField;
import java.time.LocalDate;

/**
 * What staff search activities by; every part is optional. {@code from} and {@code to} bound the start
 * date, both days included.
 */
public record ActivityFilter(String partnerCityId, ExchangeActivity.Direction direction,
        ExchangeActivity.Status status, CooperationField field, String tag, LocalDate from, LocalDate to) {

    public ActivityFilter {
        tag = tag == null || tag.isBlank() ? null : ActivityTags.normalise(tag);
        partnerCityId = partnerCityId == null || partnerCityId.isBlank() ? null : partnerCityId.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The search period ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
