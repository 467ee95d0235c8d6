package io.waishi.travel.authorisation;

import io.waishi.contracts.EventType;
import io.waishi.contracts.PublishedAs;
import io.waishi.travel.delegation.DelegationCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What partners learn of multi-trip authorisations: the unit, the scope and the dates; never the people. */
public sealed interface AuthorisationEvents {

    @PublishedAs(EventType.AUTHORISATION_GRANTED)
    record AuthorisationGranted(String authorisationId, String unit, DelegationCategory category,
            List<String> countries, LocalDate validFrom, LocalDate validUntil, int personCount, Instant grantedAt)
            implements AuthorisationEvents {
    }

    @PublishedAs(EventType.AUTHORISATION_REVOKED)
    record AuthorisationRevoked(String authorisationId, String unit, String reason, Instant revokedAt)
            implements AuthorisationEvents {
    }
}
