package io.waishi.reception.visit;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.reception.policy.ReceptionPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** Test fixtures: visits and actors as the office knows them. */
public final class VisitFixtures {

    public static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    public static final String BONGHWA_CITY_ID = "3c1e8d2a-6b0f-4f5e-8a9d-1997060b0e1a";
    public static final Actor RECEPTION_OFFICER = Actor.of("zhou.reception", null, Role.RECEPTION_OFFICER);
    public static final Actor FAO_OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);
    public static final Actor CLERK = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);
    public static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);

    private VisitFixtures() {
    }

    /** A four-day delegation of twelve from Bonghwa County, fully hosted. */
    public static VisitDetails fromBonghwa() {
        return new VisitDetails(LocalizedText.of("韩国奉化郡代表团来访", "Bonghwa County delegation"), "市外事办",
                LocalizedText.of("友好交流", "Friendly exchange"), BONGHWA_CITY_ID, Set.of("KR"), LocalDate.of(2027, 6, 15),
                LocalDate.of(2027, 6, 18), 12, HostingMode.FULL, false, null);
    }

    /** {@link #fromBonghwa()} with other dates and guest count, for boundaries. */
    public static VisitDetails fromBonghwa(LocalDate arrival, LocalDate departure, int guests) {
        VisitDetails details = fromBonghwa();
        return new VisitDetails(details.title(), details.invitingDepartment(), details.purpose(),
                details.partnerCityId(), details.countries(), arrival, departure, guests, details.hostingMode(),
                details.reciprocityAgreement(), details.budgetYuan());
    }

    /** A visit in {@code state}, with no events left to publish. */
    public static Visit inState(VisitStatus state) {
        Visit visit = Visit.request(UUID.randomUUID().toString(), RECEPTION_OFFICER, fromBonghwa(), NOW);
        visit.recordedEvents().clear();
        if (state == VisitStatus.CANCELLED) {
            visit.cancel(RECEPTION_OFFICER, "The guests postponed their trip", NOW);
        }
        // walk the main line with the role of each step until the state is reached
        while (visit.status() != state && state != VisitStatus.CANCELLED) {
            VisitAct next = visit.status().nextStep();
            Actor actor = Arrays.asList(next.roles()).contains(Role.FAO_DIRECTOR) && next != VisitAct.CANCEL
                    ? DIRECTOR : RECEPTION_OFFICER;
            switch (next) {
                case APPROVE_INVITATION -> visit.approveInvitation(actor, ReceptionPolicy.defaults(), NOW);
                case SEND_INVITATION -> visit.sendInvitation(actor, NOW);
                case ISSUE_VISA_LETTERS -> visit.issueVisaLetters(actor, 1, NOW);
                case DRAFT_PLAN -> visit.draftPlan(actor, true, null, NOW);
                case APPROVE_PLAN -> visit.approvePlan(actor, NOW);
                case START -> visit.start(actor, NOW);
                case COMPLETE -> visit.complete(actor, LocalizedText.of("圆满完成", "Went well"), NOW);
                case ARCHIVE -> visit.archive(actor, NOW);
                default -> throw new IllegalStateException("No main-line step from " + visit.status());
            }
        }
        visit.recordedEvents().clear();
        return visit;
    }
}
