package io.waishi.reception.hospitality;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the office's gift registry tells the other services and partners. Ids, amounts and dates only: no
 * names of givers or receivers, no descriptions. Each record carries exactly the fields of its JSON Schema.
 */
public sealed interface HospitalityEvents {

    /**
     * A gift received at or above the declaration threshold must be declared and handed in by {@code dueDate};
     * published once, when the declaration task opens. Keyed by the visit id (the hospitality aggregate).
     */
    @PublishedAs(EventType.GIFT_DECLARATION_DUE)
    record GiftDeclarationDue(String visitId, String declarationId, BigDecimal valueYuan, int thresholdYuan,
            LocalDate receivedOn, LocalDate dueDate, Instant createdAt) implements HospitalityEvents {
    }
}
