package io.waishi.travel.authorisation;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.StaleVersionException;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.passport.PassportRegister;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The use cases on multi-trip authorisations. */
@Service
public class AuthorisationService {

    private final Authorisations authorisations;
    private final PassportRegister passports;
    private final TravelPolicy policy;
    private final CalendarService calendar;
    private final Clock clock;

    AuthorisationService(Authorisations authorisations, PassportRegister passports, TravelPolicy policy,
            CalendarService calendar, Clock clock) {
        this.authorisations = authorisations;
        this.passports = passports;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    public MultiTripAuthorisation request(Actor clerk, DelegationCategory category, String purpose,
            List<AuthorisedPerson> people, List<String> countries, LocalDate validFrom) {
        return authorisations.save(MultiTripAuthorisation.request(UUID.randomUUID().toString(), clerk, category,
                purpose, people, countries, validFrom, clock.instant()));
    }

    /** The authorisation, if the actor may see it; another unit's is "not found". */
    public MultiTripAuthorisation get(Actor actor, String id) {
        return authorisations.findById(id).filter(found -> found.isVisibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Authorisation", id));
    }

    public Page<MultiTripAuthorisation> list(Actor actor, AuthorisationStatus status, String unit, Pageable page) {
        String visibleUnit = actor.hasAny(Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN)
                ? unit
                : actor.requireUnit("list authorisations");
        if (visibleUnit != null) {
            return status == null ? authorisations.findByUnit(visibleUnit, page)
                    : authorisations.findByUnitAndStatus(visibleUnit, status, page);
        }
        return status == null ? authorisations.findAll(page) : authorisations.findByStatus(status, page);
    }

    public MultiTripAuthorisation grant(Actor director, String id, Long expectedVersion) {
        return act(director, id, expectedVersion, found -> found.grant(director, policyToday(), clock.instant()));
    }

    public MultiTripAuthorisation refuse(Actor director, String id, Long expectedVersion, String reason) {
        return act(director, id, expectedVersion, found -> found.refuse(director, reason, clock.instant()));
    }

    public MultiTripAuthorisation revoke(Actor director, String id, Long expectedVersion, String reason) {
        return act(director, id, expectedVersion, found -> found.revoke(director, reason, clock.instant()));
    }

    public MultiTripAuthorisation registerTrip(Actor clerk, String id, Long expectedVersion, List<String> personIds,
            List<String> countries, LocalDate departure, LocalDate returnDate, String purpose) {
        LocalDate today = calendar.calendar().today(clock);
        return act(clerk, id, expectedVersion, found -> found.registerTrip(clerk, personIds, countries, departure,
                returnDate, purpose, passports.mostOverdue(found.unit(), today)
                        .map(loan -> java.util.OptionalLong.of(loan.daysOverdue()))
                        .orElse(java.util.OptionalLong.empty()),
                policy.at(today), clock.instant()));
    }

    private MultiTripAuthorisation act(Actor actor, String id, Long expectedVersion,
            Consumer<MultiTripAuthorisation> act) {
        MultiTripAuthorisation found = get(actor, id);
        StaleVersionException.requireCurrent(expectedVersion, found.version());
        act.accept(found);
        return authorisations.save(found);
    }

    private PolicySnapshot policyToday() {
        return policy.at(calendar.calendar().today(clock));
    }
}
