package io.waishi.travel.passport;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What partners and the other services learn about passports: ids and facts only — never the passport
 * number, never the holder's name.
 */
public sealed interface PassportEvents {

    /**
     * A lent passport was not back by its due date. Published once when it becomes overdue and once more
     * when it has been overdue for more than PASSPORT_OVERDUE_BLOCK_DAYS, which blocks the unit.
     *
     * @param unit the holder's unit, as the contract names it
     */
    @PublishedAs(EventType.PASSPORT_OVERDUE)
    record PassportOverdue(String passportId, String unit, String delegationId, PassportType passportType,
            LocalDate dueDate, long daysOverdue, boolean unitBlocked, Instant detectedAt) implements PassportEvents {
    }
}
