package io.waishi.reception.visit;

import static io.waishi.reception.visit.VisitFixtures.BONGHWA_CITY_ID;
import static io.waishi.reception.visit.VisitFixtures.DIRECTOR;
import static io.waishi.reception.visit.VisitFixtures.NOW;
import static io.waishi.reception.visit.VisitFixtures.RECEPTION_OFFICER;
import static io.waishi.reception.visit.VisitFixtures.fromBonghwa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.policy.ReceptionPolicy;
import io.waishi.reception.visit.VisitEvents.VisitApproved;
import io.waishi.reception.visit.VisitEvents.VisitCancelled;
import io.waishi.reception.visit.VisitEvents.VisitCompleted;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The visit workflow act by act: who may, in which state, under which rule, and what partners learn. */
class VisitWorkflowTest {

    static final ReceptionPolicy POLICY = ReceptionPolicy.defaults();
    static final LocalDate JUNE_15 = LocalDate.of(2027, 6, 15);
    static final LocalizedText SUMMARY = LocalizedText.of("签署青少年交流备忘录", "A youth exchange memorandum");

    static Visit requested(LocalDate arrival, LocalDate departure, HostingMode mode, boolean reciprocity) {
        VisitDetails base = fromBonghwa();
        return Visit.request("v-1", RECEPTION_OFFICER, new VisitDetails(base.title(), base.invitingDepartment(),
                base.purpose(), base.partnerCityId(), Set.of("KR", "JP"), arrival, departure, base.guestCount(), mode,
                reciprocity, null), NOW);
    }

    @Nested
    class HostedDays {

        @ParameterizedTest(name = "{0} days, {1}, reciprocity {2} → allowed {3}")
        @CsvSource({
            "5, FULL, false, true",
            "6, FULL, false, false",
            "6, PARTIAL, false, false",
            "6, FULL, true, true",
            "30, SELF_PAID, false, true",
            "1, FULL, false, true"})
        void aHostedVisitLastsAtMostFiveDaysArrivalAndDepartureIncludedWithoutReciprocity(int days, HostingMode mode,
                boolean reciprocity, boolean allowed) {
            Visit visit = requested(JUNE_15, JUNE_15.plusDays(days - 1L), mode, reciprocity);
            if (allowed) {
                visit.approveInvitation(DIRECTOR, POLICY, NOW);
                assertThat(visit.status()).isEqualTo(VisitStatus.INVITATION_APPROVED);
            } else {
                RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                        () -> visit.approveInvitation(DIRECTOR, POLICY, NOW));
                assertThat(refused.violations()).containsExactly(RuleViolation.of("HOSTED_DAYS_EXCEEDED",
                        "departureDate", Map.of("hostedDays", (long) days, "maxDays", 5)));
                assertThat(visit.status()).isEqualTo(VisitStatus.REQUESTED);
            }
        }

        @Test
        void theLimitIsAPolicyParameter() {
            ReceptionPolicy seven = new ReceptionPolicy(7, null, null, null, null, null, null, null, null, null, null);
            Visit visit = requested(JUNE_15, JUNE_15.plusDays(6), HostingMode.FULL, false);
            visit.approveInvitation(DIRECTOR, seven, NOW);
            assertThat(visit.status()).isEqualTo(VisitStatus.INVITATION_APPROVED);
        }
    }

    @Nested
    class Events {

        @Test
        void theApprovalTellsPartnersThePartnerCityCountriesDatesAndSizeButNoNames() {
            Visit visit = requested(JUNE_15, JUNE_15.plusDays(3), HostingMode.FULL, false);
            visit.recordedEvents().clear();
            visit.approveInvitation(DIRECTOR, POLICY, NOW);
            assertThat(visit.recordedEvents()).containsExactly(new VisitApproved("v-1", fromBonghwa().title(), "市外事办",
                    BONGHWA_CITY_ID, List.of("JP", "KR"), JUNE_15, JUNE_15.plusDays(3), 12, NOW));
        }

        @Test
        void completionCarriesTheSummaryAndCancellationTheReason() {
            Visit completed = VisitFixtures.inState(VisitStatus.IN_PROGRESS);
            completed.complete(RECEPTION_OFFICER, SUMMARY, NOW);
            assertThat(completed.summary()).isEqualTo(SUMMARY);
            assertThat(completed.recordedEvents()).singleElement().isInstanceOfSatisfying(VisitCompleted.class,
                    event -> assertThat(event.summary()).isEqualTo(SUMMARY));

            Visit cancelled = VisitFixtures.inState(VisitStatus.PLAN_APPROVED);
            cancelled.cancel(DIRECTOR, " The guests postponed ", NOW);
            assertThat(cancelled.recordedEvents()).containsExactly(new VisitCancelled(cancelled.id(), BONGHWA_CITY_ID,
                    "The guests postponed", NOW));
            assertThat(cancelled.history()).last().satisfies(step -> {
                assertThat(step.to()).isEqualTo(VisitStatus.CANCELLED);
                assertThat(step.note()).isEqualTo("The guests postponed");
                assertThat(step.by()).isEqualTo("zhao.director");
            });
        }

        @Test
        void aCompletionNeedsItsSummaryAndACancellationItsReason() {
            assertThatThrownBy(() -> VisitFixtures.inState(VisitStatus.IN_PROGRESS).complete(RECEPTION_OFFICER, null,
                    NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> VisitFixtures.inState(VisitStatus.REQUESTED).cancel(RECEPTION_OFFICER, " ", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theMainLineWalksEveryStepAndKeepsEachInTheHistory() {
        Visit archived = VisitFixtures.inState(VisitStatus.ARCHIVED);
        assertThat(archived.history()).extracting(StatusChange::to).containsExactly(VisitStatus.REQUESTED,
                VisitStatus.INVITATION_APPROVED, VisitStatus.INVITED, VisitStatus.VISA_LETTERS_ISSUED,
                VisitStatus.PLAN_DRAFTED, VisitStatus.PLAN_APPROVED, VisitStatus.IN_PROGRESS, VisitStatus.COMPLETED,
                VisitStatus.ARCHIVED);
        assertThat(archived.history().get(1).by()).isEqualTo("zhao.director");
    }

    @Test
    void guestsWithoutVisasGoFromTheInvitationToThePlanAndARevisedPlanIsApprovedAgain() {
        Visit invited = VisitFixtures.inState(VisitStatus.INVITED);
        invited.draftPlan(RECEPTION_OFFICER, true, null, NOW);
        assertThat(invited.status()).isEqualTo(VisitStatus.PLAN_DRAFTED);
        invited.approvePlan(DIRECTOR, NOW);
        invited.draftPlan(RECEPTION_OFFICER, true, "Banquet moved to the 16th", NOW);
        assertThat(invited.status()).isEqualTo(VisitStatus.PLAN_DRAFTED);
        assertThat(invited.history()).last().extracting(StatusChange::note).isEqualTo("Banquet moved to the 16th");
    }

    @Test
    void lettersAreRecordedIssuedOnlyWhenOneWasAndAPlanSubmittedOnlyWhenOneIsOnFile() {
        Visit invited = VisitFixtures.inState(VisitStatus.INVITED);
        assertThat(catchThrowableOfType(RuleViolationException.class,
                () -> invited.issueVisaLetters(RECEPTION_OFFICER, 0, NOW)).violations()).extracting(RuleViolation::code)
                .containsExactly("VISA_LETTERS_MISSING");
        assertThat(catchThrowableOfType(RuleViolationException.class,
                () -> invited.draftPlan(RECEPTION_OFFICER, false, null, NOW)).violations())
                .extracting(RuleViolation::code).containsExactly("RECEPTION_PLAN_MISSING");
        assertThat(invited.status()).isEqualTo(VisitStatus.INVITED);
        invited.issueVisaLetters(RECEPTION_OFFICER, 1, NOW);
        assertThat(invited.status()).isEqualTo(VisitStatus.VISA_LETTERS_ISSUED);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @EnumSource(VisitStatus.class)
    void everyActOutsideItsStatesIsRefusedWithTheState(VisitStatus state) {
        for (VisitAct act : VisitAct.values()) {
            if (act == VisitAct.REQUEST || state.allows(act)) {
                continue;
            }
            Visit visit = VisitFixtures.inState(state);
            Actor actor = Actor.of("someone", null, act.roles());
            assertThatThrownBy(() -> perform(visit, act, actor)).as("%s in %s", act, state)
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(visit.status()).isEqualTo(state);
        }
    }

    @ParameterizedTest
    @EnumSource(value = VisitAct.class, names = "REQUEST", mode = EnumSource.Mode.EXCLUDE)
    void everyActIsRefusedToTheRolesItDoesNotName(VisitAct act) {
        VisitStatus state = Arrays.stream(VisitStatus.values()).filter(each -> each.allows(act)).findFirst()
                .orElseThrow();
        Set<Role> others = EnumSet.allOf(Role.class);
        others.removeAll(List.of(act.roles()));
        for (Role role : others) {
            Visit visit = VisitFixtures.inState(state);
            assertThatThrownBy(() -> perform(visit, act, Actor.of("someone", "U-EDU", role)))
                    .as("%s by %s", act, role).isInstanceOf(ActNotPermittedException.class);
        }
    }

    @Test
    void theCallerSeesOnlyTheActsTheirRoleMayPerformNow() {
        Visit requested = VisitFixtures.inState(VisitStatus.REQUESTED);
        assertThat(requested.actionsFor(DIRECTOR)).containsExactlyInAnyOrder(VisitAct.APPROVE_INVITATION,
                VisitAct.CANCEL);
        assertThat(requested.actionsFor(RECEPTION_OFFICER)).containsExactly(VisitAct.CANCEL);
        assertThat(requested.actionsFor(Actor.of("sun", null, Role.AUDITOR))).isEmpty();
    }

    static void perform(Visit visit, VisitAct act, Actor actor) {
        switch (act) {
            case APPROVE_INVITATION -> visit.approveInvitation(actor, POLICY, NOW);
            case SEND_INVITATION -> visit.sendInvitation(actor, NOW);
            case ISSUE_VISA_LETTERS -> visit.issueVisaLetters(actor, 1, NOW);
            case DRAFT_PLAN -> visit.draftPlan(actor, true, null, NOW);
            case APPROVE_PLAN -> visit.approvePlan(actor, NOW);
            case START -> visit.start(actor, NOW);
            case COMPLETE -> visit.complete(actor, SUMMARY, NOW);
            case ARCHIVE -> visit.archive(actor, NOW);
            case CANCEL -> visit.cancel(actor, "Postponed", NOW);
            case REQUEST -> throw new IllegalArgumentException("A request opens a file");
        }
    }
}
