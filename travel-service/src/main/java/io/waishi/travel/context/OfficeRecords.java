package io.waishi.travel.context;

import io.waishi.platform.domain.Actor;
import io.waishi.travel.delegation.Delegation;
import io.waishi.travel.delegation.DelegationSearch;
import io.waishi.travel.delegation.Member;
import io.waishi.travel.delegation.PassportCustody;
import io.waishi.travel.delegation.TripContexts;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.delegation.rules.TripContext;
import io.waishi.travel.partner.PartnerRelationship;
import io.waishi.travel.partner.PartnerRelationships;
import io.waishi.travel.passport.PassportRegister;
import io.waishi.travel.plan.AnnualPlan;
import io.waishi.travel.plan.PlanBook;
import io.waishi.travel.plan.PlanItem;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelPolicy;
import io.waishi.travel.unit.AnnualQuota;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.UnitDirectory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The office's records as the delegation workflow needs them: units and their quotas, annual plans,
 * the unit's other files, the passport register, and the city's standing with its partner cities. Gathered here so the delegation package depends on
 * two small ports, not on every other feature.
 */
@Component
class OfficeRecords implements TripContexts, PassportCustody {

    private final UnitDirectory units;
    private final PlanBook plans;
    private final DelegationSearch delegations;
    private final PassportRegister passports;
    private final TravelPolicy policy;
    private final PartnerRelationships partners;

    OfficeRecords(UnitDirectory units, PlanBook plans, DelegationSearch delegations, PassportRegister passports,
            TravelPolicy policy, PartnerRelationships partners) {
        this.units = units;
        this.plans = plans;
        this.delegations = delegations;
        this.passports = passports;
        this.policy = policy;
        this.partners = partners;
    }

    @Override
    public TripContext of(String unit, TripPlan plan, String delegationId, PolicySnapshot today) {
        int year = plan.departureDate().getYear();
        Optional<TripContext.UnitStanding> standing = units.find(unit).map(found -> standingOf(found, year, today.date()));
        List<TripContext.OtherTrip> otherTrips = delegations.liveFilesOf(unit, delegationId).stream()
                .map(OfficeRecords::otherTrip).toList();
        Optional<TripContext.PlanStanding> approvedPlan = plans.approvedPlan(unit, year).map(OfficeRecords::planStanding);
        OptionalLong mostOverdue = passports.mostOverdue(unit, today.date())
                .map(loan -> OptionalLong.of(loan.daysOverdue())).orElse(OptionalLong.empty());
        List<String> personIds = plan.members().stream().map(Member::personId).filter(Objects::nonNull).toList();
        return new TripContext(standing, otherTrips, approvedPlan, mostOverdue,
                passports.validPassportCount(personIds, today.date()), partnerStanding(plan));
    }

    /** Asked only of a trip that goes to sign an agreement with a named partner: the rules need nothing else. */
    private Optional<TripContext.PartnerStanding> partnerStanding(TripPlan plan) {
        if (!plan.signsAgreement() || plan.partnerCityId() == null) {
            return Optional.empty();
        }
        return Optional.of(partners.standingWith(plan.partnerCityId())
                .map(OfficeRecords::partnerStanding)
                .orElse(TripContext.PartnerStanding.none(plan.partnerCityId())));
    }

    private static TripContext.PartnerStanding partnerStanding(PartnerRelationship relationship) {
        return new TripContext.PartnerStanding(relationship.partnerCityId(), relationship.id(), relationship.kind(),
                relationship.stage(), relationship.nationallyApproved());
    }

    @Override
    public boolean simplifiedPath(String unit) {
        return units.find(unit).map(Unit::simplifiedApprovalPath).orElse(false);
    }

    @Override
    public boolean isRegisteredSignatory(String unit, String userId) {
        return units.find(unit).map(found -> found.isRegisteredSignatory(userId)).orElse(false);
    }

    /** The quota of the year of departure, under the default in force for that year. */
    private TripContext.UnitStanding standingOf(Unit unit, int year, LocalDate today) {
        AnnualQuota quota = unit.quotaFor(year, policy.at(Unit.quotaPolicyDate(year, today)));
        return new TripContext.UnitStanding(unit.code(), quota.trips(), quota.source().name(),
                unit.simplifiedApprovalPath());
    }

    private static TripContext.OtherTrip otherTrip(Delegation other) {
        TripPlan plan = other.plan();
        return new TripContext.OtherTrip(other.id(), plan.countriesVisited(), plan.departureDate(), plan.category(),
                plan.planItemId());
    }

    private static TripContext.PlanStanding planStanding(AnnualPlan plan) {
        Map<String, TripContext.PlannedTrip> items = new LinkedHashMap<>();
        for (PlanItem item : plan.items()) {
            items.put(item.itemId(), new TripContext.PlannedTrip(item.itemId(), Set.copyOf(item.countries()),
                    item.category()));
        }
        return new TripContext.PlanStanding(plan.year(), items);
    }

    @Override
    public int lendForTrip(Actor officer, String delegationId, String unit, List<String> personIds, LocalDate dueBack) {
        return passports.lendForTrip(officer, delegationId, unit, personIds, dueBack).size();
    }

    @Override
    public int returnAllFor(Actor officer, String delegationId, LocalDate returnedOn) {
        return passports.returnAllFor(officer, delegationId, returnedOn);
    }

    @Override
    public int recallFor(String delegationId, LocalDate dueBack) {
        return passports.recallFor(delegationId, dueBack);
    }
}
