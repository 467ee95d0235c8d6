package io.waishi.reception.visit;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    /** The FAO director approved hosting the visit; sister-city plans an inbound exchange from it. */
    @PublishedAs(EventType.VISIT_APPROVED)
    record VisitApproved(String visitId, LocalizedText title, String invitingDepartment, String partnerCityId,
            List<String> countries, LocalDate arrivalDate, LocalDate departureDate, int guestCount, Instant approvedAt)
            implements VisitEvents {
    }

    /** The visit ended and its summary is written. */
    @PublishedAs(EventType.VISIT_COMPLETED)
    record VisitCompleted(String visitId, LocalizedText title, String invitingDepartment, String partnerCityId,
            List<String> countries, LocalDate arrivalDate, LocalDate departureDate, int guestCount,
            LocalizedText summary, Instant completedAt) implements VisitEvents {
    }

    /** The visit will not take place. */
    @PublishedAs(EventType.VISIT_CANCELLED)
    record VisitCancelled(String visitId, String partnerCityId, String reason, Instant cancelledAt)
            implements VisitEvents {
    }
}
