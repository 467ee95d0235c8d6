package io.waishi.travel.delegation;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a delegation, as partners and the other services learn it. Ids and facts only: no
 * member names, no passport numbers, no personal data.
 */
public sealed interface DelegationEvents {

    @PublishedAs(EventType.DELEGATION_SUBMITTED)
    record DelegationSubmitted(String delegationId, String unit, LocalizedText title, DelegationCategory category,
            boolean greenChannel, String partnerCityId, List<String> destinationCountries, LocalDate departureDate,
            LocalDate returnDate, int memberCount, Instant submittedAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_RETURNED_FOR_CORRECTION)
    record DelegationReturnedForCorrection(String delegationId, String unit, LocalizedText title,
            List<String> corrections, LocalDate correctionDueDate, Instant returnedAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_APPROVED)
    record DelegationApproved(String delegationId, String unit, LocalizedText title, DelegationCategory category,
            boolean greenChannel, String partnerCityId, List<String> destinationCountries, LocalDate departureDate,
            LocalDate returnDate, int memberCount, ApprovingLevel approvingLevel, Instant approvedAt)
            implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_REJECTED)
    record DelegationRejected(String delegationId, String unit, LocalizedText title, List<String> destinationCountries,
            LocalDate departureDate, LocalDate returnDate, String reason, Instant rejectedAt)
            implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_WITHDRAWN)
    record DelegationWithdrawn(String delegationId, String unit, LocalizedText title, DelegationStatus fromStatus,
            Instant withdrawnAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_CANCELLED)
    record DelegationCancelled(String delegationId, String unit, LocalizedText title, String partnerCityId,
            List<String> destinationCountries, LocalDate departureDate, LocalDate returnDate, String reason,
            int passportsOutstanding, Instant cancelledAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_DEPARTED)
    record DelegationDeparted(String delegationId, String unit, LocalizedText title, String partnerCityId,
            List<String> destinationCountries, LocalDate departedOn, LocalDate plannedReturnDate, int memberCount,
            Instant recordedAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_RETURNED)
    record DelegationReturned(String delegationId, String unit, LocalizedText title, String partnerCityId,
            List<String> destinationCountries, LocalDate departedOn, LocalDate returnedOn, LocalDate reportDueDate,
            Instant recordedAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_CLOSED)
    record DelegationClosed(String delegationId, String unit, LocalizedText title, String partnerCityId,
            Instant closedAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_DEADLINE_ALERTED)
    record DelegationDeadlineAlerted(String delegationId, String unit, LocalizedText title, DeadlineKind kind,
            LocalDate dueDate, boolean missed, Instant alertedAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.TRIP_REPORT_SUBMITTED)
    record TripReportSubmitted(String delegationId, String unit, LocalizedText title, DelegationCategory category,
            String partnerCityId, List<String> destinationCountries, LocalDate departedOn, LocalDate returnedOn,
            LocalizedText summary, List<String> tasksDone, List<String> followUps, BigDecimal fundsUsedYuan,
            int photoCount, Instant submittedAt) implements DelegationEvents {
    }
}
