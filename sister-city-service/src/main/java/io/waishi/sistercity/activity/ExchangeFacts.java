package io.waishi.sistercity.activity;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.relationship.CooperationField;
import java.time.LocalDate;

/**
 * What another service's event tells about an exchange: whose trip or visit, with which partner, when.
 *
 * @param field          the cooperation field, when the event's category maps clearly onto one; else null
 * @param delegationSize members or guests, when the event says; else null
 */
public record ExchangeFacts(ActivityOrigin origin, ExchangeActivity.Direction direction, String partnerCityId,
        LocalizedText title, LocalDate startDate, LocalDate endDate, CooperationField field, Integer delegationSize) {

    public ExchangeFacts {
        if (origin == null || origin.kind() == ActivityOrigin.Kind.MANUAL) {
            throw new IllegalArgumentException("Facts from another service name its delegation or visit");
        }
        if (direction == null) {
            throw new IllegalArgumentException("An exchange goes out or comes in");
        }
    }
}
