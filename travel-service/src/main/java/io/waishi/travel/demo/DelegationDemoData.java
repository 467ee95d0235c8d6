package io.waishi.travel.demo;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.authorisation.AuthorisedPerson;
import io.waishi.travel.authorisation.Authorisations;
import io.waishi.travel.authorisation.MultiTripAuthorisation;
import io.waishi.travel.calendar.CalendarService;
import io.waishi.travel.delegation.ApprovingLevel;
import io.waishi.travel.delegation.Delegation;
import io.waishi.travel.delegation.DelegationAct;
import io.waishi.travel.delegation.Delegations;
import io.waishi.travel.delegation.OfficeDay;
import io.waishi.travel.delegation.TripContexts;
import io.waishi.travel.demo.DemoOffice.DemoAuthorisation;
import io.waishi.travel.demo.DemoTimeline.DatedAct;
import io.waishi.travel.passport.CustodyState;
import io.waishi.travel.passport.Passport;
import io.waishi.travel.passport.Passports;
import io.waishi.travel.plan.AnnualPlan;
import io.waishi.travel.plan.AnnualPlans;
import io.waishi.travel.plan.PlanItem;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import io.waishi.travel.policy.TravelPolicy;
import io.waishi.travel.unit.Unit;
import io.waishi.travel.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo office's files ({@link DemoOffice}): one in every state of the workflow, the passports their trips
 * took, the annual plans and quota raise they needed, and a multi-trip authorisation. Every file is made by
 * the real acts, each on the office day it happened with the policy of that day and the real context of the
 * rules — so the demo obeys every rule, and its events reach the partners as the office's history.
 *
 * <p>Fixed ids: a file, a plan or an authorisation already there is left alone, so a second load adds
 * nothing. A file is written once it is complete. Should the office's own records refuse a demo file (a
 * database already in use), the file is left out with a warning, and the rest is loaded.
 */
@Component
@Order(2)
class DelegationDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(DelegationDemoData.class);
    /** The office's demo users (deploy/local DemoUser). */
    private static final Actor OFFICER = Actor.of("officer", null, Role.FAO_OFFICER);
    private static final Actor DIRECTOR = Actor.of("director", null, Role.FAO_DIRECTOR);
    private static final String GREEN_CHANNEL_WAIVER =
            "Green channel: a Belt-and-Road trade delegation is handled on arrival";
    private static final String RESULTS_PUBLISHED_AT = "The unit's website, public notices";

    private final Units units;
    private final AnnualPlans plans;
    private final Delegations delegations;
    private final Passports passports;
    private final Authorisations authorisations;
    private final TripContexts contexts;
    private final TravelPolicy policy;
    private final CalendarService calendar;
    private final Clock clock;

    DelegationDemoData(Units units, AnnualPlans plans, Delegations delegations, Passports passports,
            Authorisations authorisations, TripContexts contexts, TravelPolicy policy, CalendarService calendar,
            Clock clock) {
        this.units = units;
        this.plans = plans;
        this.delegations = delegations;
        this.passports = passports;
        this.authorisations = authorisations;
        this.contexts = contexts;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A demo file not loaded yet, and the days of its acts. */
    private record Missing(DemoFile file, DemoTimeline timeline) {
    }

    @Override
    public void load() {
        DemoCalendar days = new DemoCalendar(calendar.calendar(), policy, clock);
        int noticeDays = days.policy(days.today()).intValue(TravelParameter.PRE_TRIP_NOTICE_WORKING_DAYS);
        List<Missing> missing = DemoOffice.FILES.stream()
                .filter(file -> !delegations.existsById(file.id()))
                .map(file -> new Missing(file, DemoTimeline.of(file, days, noticeDays)))
                .sorted(Comparator.comparing(file -> file.timeline().draftedOn()))
                .toList();
        planTrips(missing, days);
        // In the order they were drafted, so each file's rules see the files before it.
        missing.forEach(file -> refusedAsWarning(file.file().key(), () -> loadFile(file, days)));
        DemoAuthorisation authorisation = DemoOffice.AFTER_SALES_AUTHORISATION;
        if (!authorisations.existsById(authorisation.id())) {
            refusedAsWarning(authorisation.key(), () -> loadAuthorisation(authorisation, days));
        }
    }

    /**
     * The approved annual plans the missing files need, per unit and year of departure, one item per file;
     * drafted, submitted and approved a little before the first of them was drafted — after the director
     * raised the quota, when the plan holds more trips than the default and the unit may have a raise.
     */
    private void planTrips(List<Missing> missing, DemoCalendar days) {
        Map<DemoUnit, Map<Integer, List<Missing>>> byUnitAndYear = missing.stream().collect(Collectors.groupingBy(
                file -> file.file().unit(), () -> new EnumMap<>(DemoUnit.class),
                Collectors.groupingBy(file -> file.file().year(days.today()), TreeMap::new, Collectors.toList())));
        byUnitAndYear.forEach((unit, years) -> years.forEach((year, files) -> {
            if (!plans.existsById(AnnualPlan.idOf(unit.code(), year))) {
                refusedAsWarning(unit.code() + " plan " + year, () -> planYear(unit, year, files, days));
            }
        }));
    }

    private void planYear(DemoUnit demoUnit, int year, List<Missing> files, DemoCalendar days) {
        LocalDate firstDraft = files.stream().map(file -> file.timeline().draftedOn()).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate approvedOn = days.workingDaysBefore(firstDraft, 5);
        LocalDate submittedOn = days.workingDaysBefore(approvedOn, 3);
        LocalDate draftedOn = days.workingDaysBefore(submittedOn, 5);
        Unit unit = units.findById(demoUnit.code())
                .orElseThrow(() -> new IllegalStateException("The demo unit " + demoUnit.code() + " is missing"));
        LocalDate raisedOn = days.workingDaysBefore(approvedOn, 1);
        PolicySnapshot policyForYear = days.policy(Unit.quotaPolicyDate(year, raisedOn));
        if (files.size() > unit.annualQuota(year, policyForYear) && demoUnit.raisedQuota() > 0) {
            unit.raiseQuota(DIRECTOR, year, demoUnit.raisedQuota(), DemoUnit.QUOTA_RAISE_REASON, policyForYear,
                    days.instant(raisedOn, 0));
            unit = units.save(unit);
        }
        Actor clerk = demoUnit.clerk();
        AnnualPlan plan = AnnualPlan.draft(clerk, year, days.instant(draftedOn, 0));
        files.forEach(file -> plan.addItem(clerk, file.file().plannedTrip(days.today()), days.instant(draftedOn, 1)));
        plan.submit(clerk, days.instant(submittedOn, 0));
        plan.approve(OFFICER, Optional.of(unit), days.policy(Unit.quotaPolicyDate(year, approvedOn)),
                days.instant(approvedOn, 0));
        plans.insert(plan);
    }

    private void loadFile(Missing missing, DemoCalendar days) {
        DemoFile file = missing.file();
        LocalDate today = days.today();
        String planItem = plans.findById(AnnualPlan.idOf(file.unit().code(), file.year(today)))
                .flatMap(plan -> plan.items().stream().filter(item -> item.title().equals(file.title())).findFirst())
                .map(PlanItem::itemId)
                .orElse(null);
        int step = 0;
        Delegation delegation = Delegation.draft(file.id(), file.unit().clerk(), file.tripPlan(today, planItem),
                days.instant(missing.timeline().draftedOn(), step++));
        TripPassports custody = new TripPassports();
        for (DatedAct dated : missing.timeline().acts()) {
            perform(dated.act(), delegation, file, days.officeDay(dated.on(), step++), custody);
        }
        custody.save();
        delegations.insert(delegation);
    }

    /** One act of the workflow, by whoever performs it at the office or in the unit. */
    private void perform(DelegationAct act, Delegation delegation, DemoFile file, OfficeDay day,
            TripPassports custody) {
        Actor clerk = file.unit().clerk();
        switch (act) {
            case SUBMIT -> delegation.submit(clerk, contexts.of(delegation.unit(), delegation.plan(), delegation.id(),
                    day.policy()), day);
            case SIGN -> delegation.sign(file.unit().signatory(), day);
            case WAIVE -> delegation.waive(DIRECTOR, "PRE_TRIP_NOTICE_PERIOD", GREEN_CHANNEL_WAIVER, day.now());
            case ACCEPT -> delegation.accept(OFFICER, day.now());
            case RETURN_FOR_CORRECTION -> delegation.returnForCorrection(OFFICER, List.of(file.note()), day);
            case APPROVE -> delegation.approve(DIRECTOR, authorityReference(delegation, file, day),
                    contexts.simplifiedPath(delegation.unit()),
                    contexts.of(delegation.unit(), delegation.plan(), delegation.id(), day.policy()), day);
            case REJECT -> delegation.reject(DIRECTOR, file.note(), day.now());
            case WITHDRAW -> delegation.withdraw(clerk, file.note(), day.now());
            case CANCEL -> delegation.cancel(clerk, file.note(), 0, day.now());
            case ISSUE_PASSPORTS -> {
                delegation.checkAllowed(OFFICER, act);
                LocalDate dueBack = delegation.passportsDueBack(day.policy());
                delegation.issuePassports(OFFICER, custody.lend(delegation, file, dueBack, day), dueBack, day.now());
            }
            case DEPART -> delegation.depart(clerk, delegation.plan().departureDate(), day);
            case RECORD_RETURN -> delegation.recordReturn(clerk, delegation.plan().returnDate(), day);
            case RETURN_PASSPORTS -> {
                delegation.checkAllowed(OFFICER, act);
                custody.returnAll(delegation.id(), day);
                delegation.passportsReturned(OFFICER, day);
            }
            case SUBMIT_REPORT -> delegation.submitReport(clerk, file.report(Math.max(4,
                    day.policy().intValue(TravelParameter.MIN_REPORT_PHOTOS)), clerk.userId(), day.now()), day);
            case PUBLISH_RESULTS -> delegation.publishResults(clerk, day.today(), RESULTS_PUBLISHED_AT, day);
            case CLOSE -> delegation.close(OFFICER, day.now());
            default -> throw new IllegalStateException("The demo does not perform " + act);
        }
    }

    /** Above the office's own level the approval cites the higher authority's decision (S10). */
    private static String authorityReference(Delegation delegation, DemoFile file, OfficeDay day) {
        if (delegation.approvingLevel() == ApprovingLevel.FOREIGN_AFFAIRS_OFFICE) {
            return null;
        }
        return "市政府外事审批〔" + day.today().getYear() + "〕" + (10 + Math.floorMod(file.key().hashCode(), 90)) + "号";
    }

    /**
     * The after-sales authorisation: requested some eleven weeks ago from a week later on, granted three
     * working days after the request, and one trip registered under it two working days ago.
     */
    private void loadAuthorisation(DemoAuthorisation demo, DemoCalendar days) {
        LocalDate lastWorkingDay = days.workingDayOnOrBefore(days.today());
        LocalDate requestedOn = days.workingDaysBefore(lastWorkingDay, 55);
        LocalDate grantedOn = days.workingDaysBefore(lastWorkingDay, 52);
        LocalDate tripRegisteredOn = days.workingDaysBefore(lastWorkingDay, 2);
        Actor clerk = demo.unit().clerk();
        MultiTripAuthorisation authorisation = MultiTripAuthorisation.request(demo.id(), clerk, demo.category(),
                demo.purpose(), demo.people().stream()
                        .map(person -> new AuthorisedPerson(person.personId(), person.name(), person.post())).toList(),
                demo.countries(), requestedOn.plusDays(7), days.instant(requestedOn, 0));
        authorisation.grant(DIRECTOR, days.policy(grantedOn), days.instant(grantedOn, 0));
        LocalDate departure = days.today().plusDays(demo.tripDepartsInDays());
        authorisation.registerTrip(clerk, demo.travellers().stream().map(DemoPerson::personId).toList(),
                List.of(demo.tripCountry()), departure, departure.plusDays(demo.tripDays() - 1L), demo.tripPurpose(),
                OptionalLong.empty(), days.policy(tripRegisteredOn), days.instant(tripRegisteredOn, 0));
        authorisations.insert(authorisation);
    }

    /** Leaves out what the office's rules refuse, saying why; anything else is a fault of the demo and fails. */
    private static void refusedAsWarning(String what, Runnable load) {
        try {
            load.run();
        } catch (RuleViolationException refused) {
            log.warn("Demo data {} left out, the office's rules refuse it: {}", what,
                    refused.violations().stream().map(RuleViolation::code).toList());
        } catch (ActNotAllowedInStateException | ActNotPermittedException refused) {
            log.warn("Demo data {} left out: {}", what, refused.getMessage());
        }
    }

    /**
     * The passports one file lends and takes back. A person's official passport is registered the first time
     * one of their trips needs it; all are written once the file is complete.
     */
    private final class TripPassports {

        private final Map<String, Passport> touched = new LinkedHashMap<>();

        /** Lends every member's passport for the trip; how many were lent. */
        int lend(Delegation delegation, DemoFile file, LocalDate dueBack, OfficeDay day) {
            for (DemoPerson person : file.members()) {
                passportOf(person, day).lend(OFFICER, delegation.id(), delegation.unit(), day.today(), dueBack,
                        day.now());
            }
            return file.members().size();
        }

        void returnAll(String delegationId, OfficeDay day) {
            touched.values().forEach(passport -> passport.returnFromTrip(OFFICER, delegationId, day.today(),
                    day.today(), day.now()));
        }

        void save() {
            touched.values().forEach(passports::save);
        }

        private Passport passportOf(DemoPerson person, OfficeDay day) {
            return touched.computeIfAbsent(person.passportId(), id -> passports.findById(id)
                    .orElseGet(() -> register(person, day)));
        }

        /** Issued about a year before; ordinary and service passports are valid five years. */
        private Passport register(DemoPerson person, OfficeDay day) {
            LocalDate issuedOn = day.today().minusYears(1).minusDays(person.serial() % 180);
            return Passport.register(person.passportId(), OFFICER, person.holder(), person.passportType(),
                    person.passportNumber(), issuedOn, issuedOn.plusYears(5).minusDays(1),
                    passports.findByHolderPersonIdAndStateNotAndExpiresOnGreaterThanEqual(person.personId(),
                            CustodyState.CANCELLED, day.today()),
                    day.today(), day.now());
        }
    }
}
