package io.waishi.travel.delegation;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a delegation, as partners and the other services learn it. Ids and facts only: no
 * member names, no personal data.
 */
public sealed interface DelegationEvents {

    @PublishedAs(EventType.DELEGATION_SUBMITTED)
    record DelegationSubmitted(String delegationId, String unit, LocalizedText title, String partnerCityId,
            List<String> destinationCountries, LocalDate departureDate, LocalDate returnDate, int memberCount,
            Instant submittedAt) implements DelegationEvents {
    }

    @PublishedAs(EventType.DELEGATION_APPROVED)
    record DelegationApproved(String delegationId, String unit, LocalizedText title, String partnerCityId,
            List<String> destinationCountries, LocalDate departureDate, LocalDate returnDate, int memberCount,
            Instant approvedAt) implements DelegationEvents {
    }
}
