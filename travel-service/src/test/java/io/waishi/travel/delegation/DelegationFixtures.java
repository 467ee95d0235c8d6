package io.waishi.travel.delegation;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.travel.calendar.OfficeCalendar;
import io.waishi.travel.delegation.rules.TripContext;
import io.waishi.travel.partner.PartnerRelationship;
import io.waishi.travel.policy.PolicySnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** Test fixtures: delegations and actors as the office knows them. */
final class DelegationFixtures {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final PolicySnapshot POLICY = PolicySnapshot.defaults(TODAY);
    static final Actor CLERK = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);
    static final Actor OTHER_UNIT_CLERK = Actor.of("wang.clerk", "U-HEALTH", Role.UNIT_CLERK);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final Actor OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);
    static final Actor SIGNATORY = Actor.of("qian.signatory", "U-EDU", Role.UNIT_SIGNATORY);
    static final OfficeCalendar CALENDAR = OfficeCalendar.standard();
    static final OfficeDay DAY = new OfficeDay(NOW, TODAY, CALENDAR, POLICY);
    /** The partner city every fixture plan visits. */
    static final String PARTNER_CITY = "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11";
    /** A registered unit with the default quota, an approved plan with a trip to Japan (P1) and to Korea (P2). */
    static final TripContext CONTEXT = context().build();

    private DelegationFixtures() {
    }

    /** A plan that breaks no rule: two people, five days in Japan, mostly official business. */
    static Plan plan() {
        return new Plan();
    }

    static TripPlan planToJapan() {
        return plan().build();
    }

    static Delegation draft() {
        Delegation delegation = Delegation.draft(UUID.randomUUID().toString(), CLERK, planToJapan(), NOW);
        delegation.recordedEvents().clear();
        return delegation;
    }

    static Delegation submitted() {
        Delegation delegation = draft();
        delegation.submit(CLERK, CONTEXT, DAY);
        delegation.recordedEvents().clear();
        return delegation;
    }

    /** The office day {@code days} calendar days after the fixture's today. */
    static OfficeDay dayAfter(int days) {
        return new OfficeDay(NOW.plus(java.time.Duration.ofDays(days)), TODAY.plusDays(days), CALENDAR,
                PolicySnapshot.defaults(TODAY.plusDays(days)));
    }

    static Context context() {
        return new Context();
    }

    /** The file's surroundings, to change one thing at a time. */
    static final class Context {
        private TripContext.UnitStanding unit = new TripContext.UnitStanding("U-EDU", 2, "DEFAULT_UNIT_ANNUAL_QUOTA", false);
        private final List<TripContext.OtherTrip> otherTrips = new ArrayList<>();
        private TripContext.PlanStanding plan = new TripContext.PlanStanding(2027, Map.of(
                "P1", new TripContext.PlannedTrip("P1", Set.of("JP"), DelegationCategory.GOVERNMENT_EXCHANGE),
                "P2", new TripContext.PlannedTrip("P2", Set.of("KR"), DelegationCategory.GOVERNMENT_EXCHANGE)));
        private OptionalLong mostOverdueDays = OptionalLong.empty();
        private final Map<String, Long> validPassports = new HashMap<>(Map.of("EDU-001", 1L, "EDU-002", 1L));
        private TripContext.PartnerStanding partner;

        Context unregistered() {
            this.unit = null;
            return this;
        }

        Context quota(int trips, String parameter) {
            this.unit = new TripContext.UnitStanding("U-EDU", trips, parameter, unit.simplifiedPath());
            return this;
        }

        Context otherTrip(String id, String country, LocalDate departure, DelegationCategory category, String planItemId) {
            otherTrips.add(new TripContext.OtherTrip(id, Set.of(country), departure, category, planItemId));
            return this;
        }

        Context noPlan() {
            this.plan = null;
            return this;
        }

        Context mostOverdueDays(long days) {
            this.mostOverdueDays = OptionalLong.of(days);
            return this;
        }

        Context validPassports(String personId, long count) {
            validPassports.put(personId, count);
            return this;
        }

        /** The partner city's relationship with the city, at {@code stage}, as sister-city-service announced it. */
        Context partnerAt(String partnerCityId, String stage) {
            this.partner = new TripContext.PartnerStanding(partnerCityId, "5b1f6c2a-8d3e-4f7a-9c0b-1e2d3f4a5b6c",
                    "SISTER_CITY", stage, PartnerRelationship.isNationallyApproved(stage));
            return this;
        }

        /** The office knows no relationship with the partner city. */
        Context noRelationshipWith(String partnerCityId) {
            this.partner = TripContext.PartnerStanding.none(partnerCityId);
            return this;
        }

        TripContext build() {
            return new TripContext(Optional.ofNullable(unit), otherTrips, Optional.ofNullable(plan), mostOverdueDays,
                    validPassports, Optional.ofNullable(partner));
        }
    }

    /** A plan to change one thing at a time, at the boundary each rule cares about. */
    static final class Plan {
        private DelegationCategory category = DelegationCategory.GOVERNMENT_EXCHANGE;
        private List<String> countries = new ArrayList<>(List.of("JP"));
        private LocalDate departure = LocalDate.of(2027, 3, 10);
        private LocalDate returnDate = LocalDate.of(2027, 3, 14);
        private List<Member> members = new ArrayList<>(List.of(
                new Member("Li Ming", "U-EDU", "Deputy director", RankLevel.DIVISION, MemberRole.LEADER, false, "EDU-001"),
                new Member("Chen Jing", "U-EDU", "Interpreter", RankLevel.STAFF, MemberRole.INTERPRETER, false, "EDU-002")));
        private List<ItineraryLeg> legs = new ArrayList<>();
        private List<ScheduleItem> schedule = new ArrayList<>(List.of(
                new ScheduleItem(LocalDate.of(2027, 3, 11), "Talks with the Nara education board", new BigDecimal("6"), true),
                new ScheduleItem(LocalDate.of(2027, 3, 12), "School visits", new BigDecimal("6"), true),
                new ScheduleItem(LocalDate.of(2027, 3, 13), "Free afternoon", new BigDecimal("6"), false)));
        private Invitation invitation = new Invitation("Nara City Board of Education", "Superintendent",
                "Partner board since 2019", Invitation.InviterKind.GOVERNMENT_BODY, true);
        private String planItemId = "P1";
        private boolean replacesPlannedTrip;
        private boolean urgent;
        private boolean beltAndRoad;
        private String partnerCityId = PARTNER_CITY;
        private boolean signsAgreement;
        private Budget budget = new Budget(List.of(new Budget.Item("Air tickets", new BigDecimal("16000")),
                new Budget.Item("Accommodation", new BigDecimal("6000"))), "Unit budget 2027", true);

        Plan category(DelegationCategory value) {
            this.category = value;
            return this;
        }

        Plan countries(String... codes) {
            this.countries = new ArrayList<>(List.of(codes));
            return this;
        }

        Plan daysAbroad(int days) {
            this.returnDate = departure.plusDays(days - 1L);
            return this;
        }

        Plan members(int count) {
            List<Member> many = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                many.add(new Member("Member " + i, "U-EDU", "Staff", RankLevel.STAFF, MemberRole.MEMBER, false, "EDU-1" + i));
            }
            this.members = many;
            return this;
        }

        Plan member(Member member) {
            this.members.add(member);
            return this;
        }

        Plan leg(ItineraryLeg leg) {
            this.legs.add(leg);
            return this;
        }

        Plan schedule(ScheduleItem... items) {
            this.schedule = new ArrayList<>(List.of(items));
            return this;
        }

        Plan invitation(Invitation value) {
            this.invitation = value;
            return this;
        }

        Plan budget(Budget value) {
            this.budget = value;
            return this;
        }

        Plan planItem(String itemId, boolean replaces) {
            this.planItemId = itemId;
            this.replacesPlannedTrip = replaces;
            return this;
        }

        Plan departure(LocalDate date) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(departure, returnDate);
            this.departure = date;
            this.returnDate = date.plusDays(days);
            this.schedule = new ArrayList<>(schedule.stream().map(item -> new ScheduleItem(
                    date.plusDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2027, 3, 10), item.date())),
                    item.activity(), item.hours(), item.official())).toList());
            return this;
        }

        Plan urgent() {
            this.urgent = true;
            return this;
        }

        /** The trip's main purpose is to sign an agreement with {@code partner} (null: no partner named). */
        Plan signsAgreementWith(String partner) {
            this.partnerCityId = partner;
            this.signsAgreement = true;
            return this;
        }

        Plan beltAndRoad() {
            this.beltAndRoad = true;
            return this;
        }

        LocalDate departure() {
            return departure;
        }

        TripPlan build() {
            return new TripPlan(LocalizedText.of("赴日本教育交流", "Education exchange in Japan"), category, beltAndRoad,
                    urgent, partnerCityId, signsAgreement, countries, departure, returnDate, members, legs,
                    schedule, List.of("Sign the teacher exchange memorandum"), invitation, budget, planItemId,
                    replacesPlannedTrip, List.of());
        }
    }
}
