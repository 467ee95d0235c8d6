package io.waishi.reception.hospitality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A gift the guests gave the city's side. Names stay here, in the office's record, never in events.
 *
 * @param from          the giver: a name or an organisation
 * @param receivedBy    the staff member who received it
 * @param declarationId the declaration task it opened, when its value reached the threshold; else null
 */
public record GiftReceived(String entryId, String from, String receivedBy, BigDecimal valueYuan, LocalDate receivedOn,
        String description, String declarationId, String recordedBy, Instant recordedAt) {

    public GiftReceived {
        Amounts.requireId(entryId);
        from = Amounts.requireText(from, "A gift received names who gave it");
        receivedBy = Amounts.requireText(receivedBy, "A gift received names who received it");
        Amounts.requireYuan(valueYuan, "The gift's value");
        if (receivedOn == null) {
            throw new IllegalArgumentException("A gift received needs the day it was received");
        }
        description = Amounts.requireText(description, "A gift received needs a description");
    }

    /** The same entry, stamped with who recorded it and when, and the declaration it opened (or null). */
    GiftReceived stamped(String userId, Instant at, String declaration) {
        return new GiftReceived(entryId, from, receivedBy, valueYuan, receivedOn, description, declaration, userId, at);
    }
}
