package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.DelegationFixtures.CLERK;
import static io.waishi.travel.delegation.DelegationFixtures.DIRECTOR;
import static io.waishi.travel.delegation.DelegationFixtures.NOW;
import static io.waishi.travel.delegation.DelegationFixtures.OFFICER;
import static io.waishi.travel.delegation.DelegationFixtures.OTHER_UNIT_CLERK;
import static io.waishi.travel.delegation.DelegationFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.delegation.DelegationEvents.DelegationApproved;
import io.waishi.travel.delegation.DelegationEvents.DelegationSubmitted;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DelegationTest {

    @Nested
    class Draft {

        @Test
        void aClerkDraftsForTheirOwnUnit() {
            Delegation delegation = Delegation.draft("d-1", CLERK, DelegationFixtures.planToJapan(), NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.DRAFT);
            assertThat(delegation.unit()).isEqualTo("U-EDU");
            assertThat(delegation.createdBy()).isEqualTo("li.clerk");
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void onlyUnitClerksDraft() {
            assertThatThrownBy(() -> Delegation.draft("d-1", DIRECTOR, DelegationFixtures.planToJapan(), NOW))
                    .isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void aClerkWithoutAUnitClaimCannotDraft() {
            Actor noUnit = Actor.of("li.clerk", null, Role.UNIT_CLERK);
            assertThatThrownBy(() -> Delegation.draft("d-1", noUnit, DelegationFixtures.planToJapan(), NOW))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("unit");
        }

        @Test
        void refusesAReturnBeforeTheDeparture() {
            assertThatThrownBy(() -> DelegationFixtures.plan().daysAbroad(0).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("return date");
        }

        @Test
        void acceptsASameDayTrip() {
            TripPlan plan = DelegationFixtures.plan().daysAbroad(1).build();
            assertThat(plan.returnDate()).isEqualTo(plan.departureDate());
            assertThat(plan.daysAbroad()).isEqualTo(1);
        }

        @Test
        void refusesAnUnknownCountryCode() {
            assertThatThrownBy(() -> DelegationFixtures.plan().countries("XX").build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX");
        }
    }

    @Nested
    class Submit {

        @Test
        void recordsTheSubmissionWithoutPersonalData() {
            Delegation delegation = DelegationFixtures.draft();
            delegation.submit(CLERK, POLICY, NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
            assertThat(delegation.recordedEvents()).containsExactly(new DelegationSubmitted(delegation.id(), "U-EDU",
                    LocalizedText.of("赴日本教育交流", "Education exchange in Japan"),
                    "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11", List.of("JP"), LocalDate.of(2027, 3, 10),
                    LocalDate.of(2027, 3, 14), 2, NOW));
            assertThat(delegation.history()).containsExactly(
                    new StatusChange(DelegationStatus.DRAFT, DelegationStatus.SUBMITTED, "li.clerk", NOW));
        }

        @Test
        void aPlanThatBreaksRulesIsNotSubmittedAndEveryBrokenRuleIsReported() {
            Delegation delegation = Delegation.draft("d-2", CLERK,
                    DelegationFixtures.plan().members(7).daysAbroad(6).budget(null).build(), NOW);
            assertThatThrownBy(() -> delegation.submit(CLERK, POLICY, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .extracting(RuleViolation::code)
                            .containsExactlyInAnyOrder("MAX_DAYS_ABROAD", "MAX_DELEGATION_SIZE", "BUDGET_MISSING"));
            assertThat(delegation.status()).isEqualTo(DelegationStatus.DRAFT);
            assertThat(delegation.recordedEvents()).isEmpty();
        }

        @Test
        void anotherUnitsClerkCannotSubmit() {
            Delegation delegation = DelegationFixtures.draft();
            assertThatThrownBy(() -> delegation.submit(OTHER_UNIT_CLERK, POLICY, NOW))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("another unit");
            assertThat(delegation.status()).isEqualTo(DelegationStatus.DRAFT);
            assertThat(delegation.recordedEvents()).isEmpty();
        }
    }

    @Nested
    class Approve {

        @Test
        void aDirectorApprovesASubmittedFile() {
            Delegation delegation = DelegationFixtures.submitted();
            delegation.approve(DIRECTOR, NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.APPROVED);
            assertThat(delegation.recordedEvents()).singleElement().isInstanceOf(DelegationApproved.class);
        }

        @Test
        void anOfficerIsNotADirector() {
            Delegation delegation = DelegationFixtures.submitted();
            assertThatThrownBy(() -> delegation.approve(OFFICER, NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
        }

        @Test
        void nobodyApprovesAFileTheyCreated() {
            Actor clerkAndDirector = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK, Role.FAO_DIRECTOR);
            Delegation delegation = Delegation.draft(UUID.randomUUID().toString(), clerkAndDirector,
                    DelegationFixtures.planToJapan(), NOW);
            delegation.submit(clerkAndDirector, POLICY, NOW);
            assertThatThrownBy(() -> delegation.approve(clerkAndDirector, NOW))
                    .isInstanceOf(ActNotPermittedException.class).hasMessageContaining("created");
        }

        @Test
        void aDraftCannotBeApproved() {
            Delegation delegation = DelegationFixtures.draft();
            assertThatThrownBy(() -> delegation.approve(DIRECTOR, NOW)).isInstanceOf(ActNotAllowedInStateException.class);
        }
    }

    @Nested
    class ReviseAndWaive {

        @Test
        void theClerkRevisesADraftAndAnotherUnitCannot() {
            Delegation delegation = DelegationFixtures.draft();
            delegation.revise(CLERK, DelegationFixtures.plan().daysAbroad(3).build());
            assertThat(delegation.plan().daysAbroad()).isEqualTo(3);
            assertThatThrownBy(() -> delegation.revise(OTHER_UNIT_CLERK, DelegationFixtures.planToJapan()))
                    .isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void aDirectorsWrittenWaiverLetsABrokenRulePassAndOnlyThatOne() {
            Delegation delegation = Delegation.draft("d-3", CLERK,
                    DelegationFixtures.plan().daysAbroad(6).members(7).build(), NOW);
            delegation.waive(DIRECTOR, "MAX_DAYS_ABROAD", "Talks with the ministry moved by one day", NOW);
            assertThat(delegation.blockingViolations(POLICY)).extracting(RuleViolation::code)
                    .containsExactly("MAX_DELEGATION_SIZE");
            delegation.waive(DIRECTOR, "MAX_DELEGATION_SIZE", "A second interpreter for the signing ceremony", NOW);
            delegation.submit(CLERK, POLICY, NOW);
            assertThat(delegation.status()).isEqualTo(DelegationStatus.SUBMITTED);
            assertThat(delegation.waivers()).extracting(Waiver::grantedBy).containsOnly("zhao.director");
        }

        @Test
        void onlyADirectorWaivesAndOnlyWithAReason() {
            Delegation delegation = DelegationFixtures.draft();
            assertThatThrownBy(() -> delegation.waive(OFFICER, "MAX_DAYS_ABROAD", "Because the officer says so", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> delegation.waive(DIRECTOR, "MAX_DAYS_ABROAD", "ok", NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            assertThat(delegation.waivers()).isEmpty();
        }
    }

    @Nested
    class Visibility {

        @Test
        void unitStaffSeeOnlyTheirUnit() {
            Delegation delegation = DelegationFixtures.draft();
            assertThat(delegation.isVisibleTo(CLERK)).isTrue();
            assertThat(delegation.isVisibleTo(OTHER_UNIT_CLERK)).isFalse();
            assertThat(delegation.isVisibleTo(OFFICER)).isTrue();
            assertThat(delegation.isVisibleTo(Actor.of("audrey", null, Role.AUDITOR))).isTrue();
        }
    }

    /** Every (state, act) pair: the state table and the aggregate agree. */
    @ParameterizedTest
    @EnumSource(DelegationStatus.class)
    void everyActIsAllowedExactlyInTheStatesTheTableSays(DelegationStatus state) {
        for (DelegationAct act : DelegationAct.values()) {
            Delegation delegation = inState(state);
            Actor actor = act == DelegationAct.APPROVE ? DIRECTOR : CLERK;
            Actor performer = act == DelegationAct.WAIVE ? DIRECTOR : actor;
            Runnable perform = () -> {
                switch (act) {
                    case REVISE -> delegation.revise(performer, DelegationFixtures.plan().daysAbroad(3).build());
                    case WAIVE -> delegation.waive(performer, "MAX_DAYS_ABROAD", "Ministerial talks moved by a day", NOW);
                    case SUBMIT -> delegation.submit(performer, POLICY, NOW);
                    case APPROVE -> delegation.approve(performer, NOW);
                }
            };
            if (state.allows(act)) {
                perform.run();
                boolean changesState = act == DelegationAct.SUBMIT || act == DelegationAct.APPROVE;
                assertThat(delegation.status() != state).as("%s in %s changes the state", act, state).isEqualTo(changesState);
            } else {
                assertThatThrownBy(perform::run).as("%s in %s", act, state)
                        .isInstanceOf(ActNotAllowedInStateException.class);
            }
        }
    }

    private static Delegation inState(DelegationStatus state) {
        Delegation delegation = DelegationFixtures.draft();
        if (state == DelegationStatus.DRAFT) {
            return delegation;
        }
        delegation.submit(CLERK, POLICY, NOW);
        if (state == DelegationStatus.SUBMITTED) {
            return delegation;
        }
        delegation.approve(DIRECTOR, NOW);
        return delegation;
    }
}
