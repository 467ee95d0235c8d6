package io.waishi.reception.hospitality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The task to declare a gift received and hand it in (RULES.md §3, S20): opened when a gift at or above
 * {@code giftDeclarationThreshold} is recorded, due {@code giftDeclarationMonths} months after the day it was
 * received, then declared once: who handed it in, on which day, and where it went.
 *
 * @param giftEntryId the gift received it is about
 * @param dueDate     the last day to declare it
 * @param handedInOn  the day it was handed in, once declared
 * @param handedInBy  who handed it in, once declared
 * @param handedTo    where it went (e.g. the city's state-asset office), once declared
 * @param declaredBy  the officer who recorded the declaration
 */
public record GiftDeclaration(String declarationId, String giftEntryId, BigDecimal valueYuan, LocalDate receivedOn,
        LocalDate dueDate, DeclarationStatus status, Instant createdAt, LocalDate handedInOn, String handedInBy,
        String handedTo, String declaredBy, Instant declaredAt) {

    public GiftDeclaration {
        Amounts.requireId(declarationId);
        Amounts.requireId(giftEntryId);
        if (receivedOn == null || dueDate == null || status == null) {
            throw new IllegalArgumentException("A declaration needs the day received, its due date and its status");
        }
    }

    /**
     * The due date of a gift received on {@code receivedOn}: that many calendar months later, by
     * {@link LocalDate#plusMonths}, so 31 January is due on 28 (or 29) February.
     */
    public static LocalDate dueDateFor(LocalDate receivedOn, int months) {
        return receivedOn.plusMonths(months);
    }

    static GiftDeclaration due(String declarationId, GiftReceived gift, int months, Instant now) {
        return new GiftDeclaration(declarationId, gift.entryId(), gift.valueYuan(), gift.receivedOn(),
                dueDateFor(gift.receivedOn(), months), DeclarationStatus.DUE, now, null, null, null, null, null);
    }

    GiftDeclaration declared(LocalDate on, String by, String to, String officer, Instant now) {
        return new GiftDeclaration(declarationId, giftEntryId, valueYuan, receivedOn, dueDate,
                DeclarationStatus.DECLARED, createdAt, on, by, to, officer, now);
    }

    /** Still due after its due date, seen on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == DeclarationStatus.DUE && today.isAfter(dueDate);
    }

    /** Days past the due date on {@code today}; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return overdueOn(today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    /** Declared after the due date. */
    public boolean late() {
        return handedInOn != null && handedInOn.isAfter(dueDate);
    }
}
