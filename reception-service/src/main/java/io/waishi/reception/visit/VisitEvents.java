package io.waishi.reception.visit;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What happens to a visit, as partners and the other services learn it. Ids and facts only: no guest
 * names, no personal data. Each record carries exactly the fields of its JSON Schema in {@code contracts/}.
 */
public sealed interface VisitEvents {

    /** A department asked to host a foreign delegation ({@code partnerCityId} is absent when there is none). */
    @PublishedAs(EventType.VISIT_REQUESTED)
    record VisitRequested(String visitId, LocalizedText title, String invitingDepartment, String partnerCityId,
            LocalDate arrivalDate, LocalDate departureDate, int guestCount, Instant requestedAt)
            implements VisitEvents {
    }
}
