package io.waishi.travel.passport;

import static io.waishi.travel.passport.PassportFixtures.AUDITOR;
import static io.waishi.travel.passport.PassportFixtures.CLERK;
import static io.waishi.travel.passport.PassportFixtures.DIRECTOR;
import static io.waishi.travel.passport.PassportFixtures.EXPIRES;
import static io.waishi.travel.passport.PassportFixtures.ISSUED;
import static io.waishi.travel.passport.PassportFixtures.NAME;
import static io.waishi.travel.passport.PassportFixtures.NOW;
import static io.waishi.travel.passport.PassportFixtures.NUMBER;
import static io.waishi.travel.passport.PassportFixtures.OFFICER;
import static io.waishi.travel.passport.PassportFixtures.OTHER_TRIP;
import static io.waishi.travel.passport.PassportFixtures.OTHER_UNIT_CLERK;
import static io.waishi.travel.passport.PassportFixtures.POLICY;
import static io.waishi.travel.passport.PassportFixtures.TODAY;
import static io.waishi.travel.passport.PassportFixtures.TRIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.delegation.RankLevel;
import io.waishi.travel.passport.PassportEvents.PassportOverdue;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassportTest {

    private static final LocalDate DUE = TODAY.plusDays(12);

    @Nested
    class TypeFollowsRank {

        @Test
        void aViceMinisterHoldsADiplomaticPassport() {
            assertThat(PassportType.forRank(RankLevel.VICE_MINISTER)).isEqualTo(PassportType.DIPLOMATIC);
        }

        @Test
        void bureauLevelIsBelowViceMinisterSoItHoldsAServicePassport() {
            assertThat(PassportType.forRank(RankLevel.BUREAU)).isEqualTo(PassportType.SERVICE);
        }

        @Test
        void aDeputyDivisionOfficialStillHoldsAServicePassport() {
            assertThat(PassportType.forRank(RankLevel.DEPUTY_DIVISION)).isEqualTo(PassportType.SERVICE);
        }

        @Test
        void sectionLevelIsBelowDivisionSoItHoldsAnOrdinaryOfficialPassport() {
            assertThat(PassportType.forRank(RankLevel.SECTION)).isEqualTo(PassportType.ORDINARY_OFFICIAL);
        }

        @ParameterizedTest
        @CsvSource({"MINISTER, DIPLOMATIC", "VICE_MINISTER, DIPLOMATIC", "BUREAU, SERVICE", "DEPUTY_BUREAU, SERVICE",
            "DIVISION, SERVICE", "DEPUTY_DIVISION, SERVICE", "SECTION, ORDINARY_OFFICIAL", "STAFF, ORDINARY_OFFICIAL",
            "NONE, ORDINARY_OFFICIAL"})
        void everyRankHasItsType(RankLevel rank, PassportType type) {
            assertThat(PassportType.forRank(rank)).isEqualTo(type);
        }
    }

    @Nested
    class Number {

        @Test
        void isMaskedToTheFirstTwoAndLastTwoCharacters() {
            assertThat(new PassportNumber("SE123478").masked()).isEqualTo("SE****78");
            assertThat(new PassportNumber("E12345").masked()).isEqualTo("E1**45");
            assertThat(new PassportNumber("DE1234567890").masked()).isEqualTo("DE********90");
        }

        @Test
        void refusesAMalformedNumberWithoutRepeatingIt() {
            for (String wrong : List.of("se123478", "SE123", "SE-123478", "SE12345678901")) {
                assertThatThrownBy(() -> new PassportNumber(wrong)).as(wrong)
                        .isInstanceOf(IllegalArgumentException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong));
            }
            assertThatThrownBy(() -> new PassportNumber(null)).isInstanceOf(IllegalArgumentException.class);
            assertThat(new PassportNumber("SE1234").value()).isEqualTo("SE1234");
            assertThat(new PassportNumber("SE1234567890").value()).isEqualTo("SE1234567890");
        }

        @Test
        void neverAppearsInFullInToString() {
            Passport passport = PassportFixtures.inCustody();
            assertThat(passport.number().toString()).isEqualTo("SE****78");
            assertThat(passport.toString()).doesNotContain(NUMBER).doesNotContain(NAME).contains("SE****78");
            assertThat(passport.holder().toString()).doesNotContain(NAME).contains("P-1001");
        }
    }

    @Nested
    class Register {

        @Test
        void anOfficerRegistersAPassportIntoCustody() {
            Passport passport = PassportFixtures.inCustody();
            assertThat(passport.state()).isEqualTo(CustodyState.IN_CUSTODY);
            assertThat(passport.type()).isEqualTo(PassportType.SERVICE);
            assertThat(passport.number().value()).isEqualTo(NUMBER);
            assertThat(passport.registeredBy()).isEqualTo("sun.officer");
            assertThat(passport.isValidOn(TODAY)).isTrue();
            assertThat(passport.history()).extracting(CustodyChange::act, CustodyChange::to, CustodyChange::by)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PassportAct.REGISTER, CustodyState.IN_CUSTODY,
                            "sun.officer"));
            assertThat(passport.recordedEvents()).isEmpty();
        }

        @Test
        void onlyAPassportOfficerRegisters() {
            for (Actor notOfficer : List.of(DIRECTOR, CLERK, AUDITOR, Actor.of("ada", null, Role.ADMIN))) {
                assertThatThrownBy(() -> Passport.register("p-1", notOfficer, PassportFixtures.holder(),
                        PassportType.SERVICE, new PassportNumber(NUMBER), ISSUED, EXPIRES, List.of(), TODAY, NOW))
                        .as(notOfficer.userId()).isInstanceOf(ActNotPermittedException.class);
            }
        }

        @Test
        void refusesASecondValidPassportForTheSamePersonSayingWhatWasFound() {
            Passport existing = PassportFixtures.inCustody(LocalDate.of(2030, 5, 1));
            assertThatThrownBy(() -> register(PassportType.SERVICE, List.of(existing)))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                        assertThat(refused.violations()).extracting(RuleViolation::code)
                                .containsExactly("ONE_PASSPORT_PER_PERSON");
                        assertThat(refused.violations().get(0).parameters()).containsEntry("personId", "P-1001")
                                .containsEntry("limit", 1).containsEntry("validPassports", 1)
                                .containsEntry("existingPassportId", existing.id())
                                .containsEntry("existingExpiresOn", "2030-05-01");
                    });
        }

        @Test
        void aPassportExpiringTodayIsStillValidAndBlocksASecondOne() {
            Passport expiringToday = PassportFixtures.inCustody(TODAY);
            assertThat(expiringToday.isValidOn(TODAY)).isTrue();
            assertThat(expiringToday.isValidOn(TODAY.plusDays(1))).isFalse();
            assertThatThrownBy(() -> register(PassportType.SERVICE, List.of(expiringToday)))
                    .isInstanceOf(RuleViolationException.class);
        }

        @Test
        void anExpiredOrCancelledPassportDoesNotStopANewOne() {
            Passport expired = Passport.register("old", OFFICER, PassportFixtures.holder(), PassportType.SERVICE,
                    new PassportNumber("SE000001"), LocalDate.of(2014, 1, 1), LocalDate.of(2024, 1, 1), List.of(),
                    LocalDate.of(2020, 1, 1), NOW);
            Passport cancelled = PassportFixtures.inCustody();
            cancelled.cancel(OFFICER, "Reported lost", NOW);
            Passport passport = register(PassportType.SERVICE, List.of(expired, cancelled));
            assertThat(passport.state()).isEqualTo(CustodyState.IN_CUSTODY);
        }

        @Test
        void refusesATypeThatDoesNotFollowTheRank() {
            assertThatThrownBy(() -> register(PassportType.DIPLOMATIC, List.of()))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                        assertThat(refused.violations()).extracting(RuleViolation::code)
                                .containsExactly("PASSPORT_TYPE_BY_RANK");
                        assertThat(refused.violations().get(0).parameters()).containsEntry("rank", "DIVISION")
                                .containsEntry("expected", "SERVICE").containsEntry("actual", "DIPLOMATIC");
                    });
        }

        @Test
        void reportsEveryBrokenRuleTogether() {
            assertThatThrownBy(() -> register(PassportType.ORDINARY_OFFICIAL, List.of(PassportFixtures.inCustody())))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .extracting(RuleViolation::code)
                            .containsExactlyInAnyOrder("ONE_PASSPORT_PER_PERSON", "PASSPORT_TYPE_BY_RANK"));
        }

        @Test
        void refusesAPassportThatHasAlreadyExpired() {
            assertThatThrownBy(() -> Passport.register("p-1", OFFICER, PassportFixtures.holder(), PassportType.SERVICE,
                    new PassportNumber(NUMBER), LocalDate.of(2016, 1, 1), TODAY.minusDays(1), List.of(), TODAY, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .extracting(RuleViolation::code).containsExactly("PASSPORT_EXPIRED"));
        }

        @Test
        void refusesAnExpiryNotAfterTheIssue() {
            assertThatThrownBy(() -> Passport.register("p-1", OFFICER, PassportFixtures.holder(), PassportType.SERVICE,
                    new PassportNumber(NUMBER), EXPIRES, EXPIRES, List.of(), TODAY, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private Passport register(PassportType type, List<Passport> existing) {
            return Passport.register(UUID.randomUUID().toString(), OFFICER, PassportFixtures.holder(), type,
                    new PassportNumber(NUMBER), ISSUED, EXPIRES, existing, TODAY, NOW);
        }
    }

    @Nested
    class Lend {

        @Test
        void anOfficerLendsAPassportInCustodyForATrip() {
            Passport passport = PassportFixtures.inCustody();
            assertThat(passport.lend(OFFICER, TRIP, "U-EDU", TODAY, DUE, NOW)).isTrue();
            assertThat(passport.state()).isEqualTo(CustodyState.ON_LOAN);
            assertThat(passport.currentLoan()).contains(new Loan(TRIP, "U-EDU", TODAY, DUE, null));
            assertThat(passport.isLentFor(TRIP)).isTrue();
            assertThat(passport.history()).last().satisfies(change -> {
                assertThat(change.act()).isEqualTo(PassportAct.LEND);
                assertThat(change.from()).isEqualTo(CustodyState.IN_CUSTODY);
                assertThat(change.to()).isEqualTo(CustodyState.ON_LOAN);
                assertThat(change.detail()).contains(TRIP).doesNotContain(NUMBER);
            });
            assertThat(passport.recordedEvents()).isEmpty();
        }

        @Test
        void lendingAgainForTheSameTripChangesNothing() {
            Passport passport = PassportFixtures.onLoan(DUE);
            int historyBefore = passport.history().size();
            assertThat(passport.lend(OFFICER, TRIP, "U-EDU", TODAY.plusDays(1), DUE.plusDays(3), NOW)).isFalse();
            assertThat(passport.currentLoan().orElseThrow().dueBack()).isEqualTo(DUE);
            assertThat(passport.history()).hasSize(historyBefore);
        }

        @Test
        void aPassportOutForAnotherTripIsNotLent() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThatThrownBy(() -> passport.lend(OFFICER, OTHER_TRIP, "U-EDU", TODAY, DUE, NOW))
                    .isInstanceOfSatisfying(ActNotAllowedInStateException.class,
                            refused -> assertThat(refused.state()).isEqualTo("ON_LOAN"));
            assertThat(passport.currentLoan().orElseThrow().delegationId()).isEqualTo(TRIP);
        }

        @Test
        void aCancelledPassportIsNotLent() {
            Passport passport = PassportFixtures.inCustody();
            passport.cancel(OFFICER, "Holder retired", NOW);
            assertThatThrownBy(() -> passport.lend(OFFICER, TRIP, "U-EDU", TODAY, DUE, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }

        @Test
        void aPassportExpiringBeforeItIsDueBackIsNotLent() {
            Passport passport = PassportFixtures.inCustody(DUE.minusDays(1));
            assertThatThrownBy(() -> passport.lend(OFFICER, TRIP, "U-EDU", TODAY, DUE, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                        assertThat(refused.violations()).extracting(RuleViolation::code)
                                .containsExactly("PASSPORT_EXPIRES_BEFORE_DUE_DATE");
                        assertThat(refused.violations().get(0).parameters())
                                .containsEntry("expiresOn", DUE.minusDays(1).toString())
                                .containsEntry("dueBack", DUE.toString());
                    });
            assertThat(passport.state()).isEqualTo(CustodyState.IN_CUSTODY);
        }

        @Test
        void aPassportExpiringOnTheDueDateIsLent() {
            assertThat(PassportFixtures.inCustody(DUE).lend(OFFICER, TRIP, "U-EDU", TODAY, DUE, NOW)).isTrue();
        }

        @Test
        void onlyAPassportOfficerLends() {
            Passport passport = PassportFixtures.inCustody();
            assertThatThrownBy(() -> passport.lend(CLERK, TRIP, "U-EDU", TODAY, DUE, NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThat(passport.state()).isEqualTo(CustodyState.IN_CUSTODY);
        }

        @Test
        void aDueDateBeforeTheLoanIsRefused() {
            assertThatThrownBy(() -> PassportFixtures.inCustody().lend(OFFICER, TRIP, "U-EDU", TODAY,
                    TODAY.minusDays(1), NOW)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void lendingProblemsNameEveryReasonWithoutTheNumber() {
            assertThat(Passport.lendingProblems("P-1", List.of(), TRIP, DUE)).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("PASSPORT_MISSING");
                assertThat(v.parameters()).containsEntry("personId", "P-1").containsEntry("reason", "NO_VALID_PASSPORT");
            });
            assertThat(Passport.lendingProblems("P-1001", List.of(PassportFixtures.inCustody(),
                    PassportFixtures.inCustody()), TRIP, DUE)).singleElement()
                    .satisfies(v -> assertThat(v.parameters()).containsEntry("reason", "SEVERAL_VALID_PASSPORTS"));
            assertThat(Passport.lendingProblems("P-1001", List.of(PassportFixtures.onLoan(DUE)), OTHER_TRIP, DUE))
                    .singleElement().satisfies(v -> {
                        assertThat(v.code()).isEqualTo("PASSPORT_MISSING");
                        assertThat(v.parameters()).containsEntry("reason", "NOT_IN_CUSTODY")
                                .containsEntry("state", "ON_LOAN").doesNotContainValue(NUMBER);
                    });
            assertThat(Passport.lendingProblems("P-1001", List.of(PassportFixtures.inCustody(DUE.minusDays(1))),
                    TRIP, DUE)).extracting(RuleViolation::code).containsExactly("PASSPORT_EXPIRES_BEFORE_DUE_DATE");
            assertThat(Passport.lendingProblems("P-1001", List.of(PassportFixtures.inCustody()), TRIP, DUE)).isEmpty();
            assertThat(Passport.lendingProblems("P-1001", List.of(PassportFixtures.onLoan(DUE)), TRIP, DUE)).isEmpty();
        }
    }

    @Nested
    class Return {

        @Test
        void anOfficerTakesThePassportBackAndTheDateIsKept() {
            Passport passport = PassportFixtures.onLoan(DUE);
            passport.returnToCustody(OFFICER, DUE.minusDays(2), DUE, NOW);
            assertThat(passport.state()).isEqualTo(CustodyState.IN_CUSTODY);
            assertThat(passport.currentLoan()).isEmpty();
            assertThat(passport.pastLoans()).containsExactly(new Loan(TRIP, "U-EDU", TODAY, DUE, DUE.minusDays(2)));
            assertThat(passport.history()).last().extracting(CustodyChange::act, CustodyChange::by)
                    .containsExactly(PassportAct.RETURN, "sun.officer");
        }

        @Test
        void aLateReturnSaysHowLate() {
            Passport passport = PassportFixtures.onLoan(DUE);
            passport.returnToCustody(OFFICER, DUE.plusDays(3), DUE.plusDays(5), NOW);
            assertThat(passport.pastLoans().get(0).daysOverdue(DUE.plusDays(40))).isEqualTo(3);
            assertThat(passport.history()).last().extracting(CustodyChange::detail).asString().contains("3 day(s) late");
        }

        @Test
        void aPassportInCustodyCannotBeReturned() {
            assertThatThrownBy(() -> PassportFixtures.inCustody().returnToCustody(OFFICER, TODAY, TODAY, NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }

        @Test
        void returningATripsPassportTwiceChangesNothingTheSecondTime() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThat(passport.returnFromTrip(OFFICER, TRIP, DUE, DUE, NOW)).isTrue();
            assertThat(passport.returnFromTrip(OFFICER, TRIP, DUE, DUE, NOW)).isFalse();
            assertThat(passport.pastLoans()).hasSize(1);
        }

        @Test
        void anotherTripsReturnLeavesThePassportOut() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThat(passport.returnFromTrip(OFFICER, OTHER_TRIP, DUE, DUE, NOW)).isFalse();
            assertThat(passport.state()).isEqualTo(CustodyState.ON_LOAN);
        }

        @Test
        void onlyAPassportOfficerTakesItBack() {
            assertThatThrownBy(() -> PassportFixtures.onLoan(DUE).returnToCustody(CLERK, DUE, DUE, NOW))
                    .isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void aReturnBeforeTheLoanOrInTheFutureIsRefused() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThatThrownBy(() -> passport.returnToCustody(OFFICER, TODAY.minusDays(1), TODAY, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> passport.returnToCustody(OFFICER, TODAY.plusDays(1), TODAY, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(passport.state()).isEqualTo(CustodyState.ON_LOAN);
        }
    }

    @Nested
    class Recall {

        @Test
        void aCancelledTripBringsTheDueDateForward() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThat(passport.recall(TRIP, TODAY.plusDays(2), NOW)).isTrue();
            assertThat(passport.currentLoan().orElseThrow().dueBack()).isEqualTo(TODAY.plusDays(2));
            assertThat(passport.history()).last().extracting(CustodyChange::act, CustodyChange::by)
                    .containsExactly(PassportAct.RECALL, Passport.SYSTEM);
        }

        @Test
        void aRecallNeverPushesTheDueDateLater() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThat(passport.recall(TRIP, DUE, NOW)).isFalse();
            assertThat(passport.recall(TRIP, DUE.plusDays(5), NOW)).isFalse();
            assertThat(passport.currentLoan().orElseThrow().dueBack()).isEqualTo(DUE);
        }

        @Test
        void anotherTripsRecallOrAPassportInCustodyIsLeftAlone() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThat(passport.recall(OTHER_TRIP, TODAY, NOW)).isFalse();
            assertThat(PassportFixtures.inCustody().recall(TRIP, TODAY, NOW)).isFalse();
        }
    }

    @Nested
    class Cancel {

        @Test
        void anOfficerCancelsAPassportInCustodyWithTheReason() {
            Passport passport = PassportFixtures.inCustody();
            passport.cancel(OFFICER, "Replaced by a new passport", NOW);
            assertThat(passport.state()).isEqualTo(CustodyState.CANCELLED);
            assertThat(passport.cancellationReason()).contains("Replaced by a new passport");
            assertThat(passport.isValidOn(TODAY)).isFalse();
            assertThat(passport.history()).last().extracting(CustodyChange::act, CustodyChange::detail)
                    .containsExactly(PassportAct.CANCEL, "Replaced by a new passport");
        }

        @Test
        void aPassportOutOnLoanIsNotCancelled() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThatThrownBy(() -> passport.cancel(OFFICER, "Lost abroad", NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(passport.state()).isEqualTo(CustodyState.ON_LOAN);
        }

        @Test
        void aCancelledPassportIsNotCancelledTwice() {
            Passport passport = PassportFixtures.inCustody();
            passport.cancel(OFFICER, "Holder retired", NOW);
            assertThatThrownBy(() -> passport.cancel(OFFICER, "Again", NOW))
                    .isInstanceOf(ActNotAllowedInStateException.class);
        }

        @Test
        void onlyAnOfficerCancelsAndAlwaysWithAReason() {
            assertThatThrownBy(() -> PassportFixtures.inCustody().cancel(DIRECTOR, "Holder retired", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> PassportFixtures.inCustody().cancel(OFFICER, " ", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class StateTable {

        @ParameterizedTest
        @CsvSource({
            "IN_CUSTODY, LEND, true", "IN_CUSTODY, RETURN, false", "IN_CUSTODY, RECALL, false",
            "IN_CUSTODY, ALERT_OVERDUE, false", "IN_CUSTODY, CANCEL, true",
            "ON_LOAN, LEND, false", "ON_LOAN, RETURN, true", "ON_LOAN, RECALL, true", "ON_LOAN, ALERT_OVERDUE, true",
            "ON_LOAN, CANCEL, false",
            "CANCELLED, LEND, false", "CANCELLED, RETURN, false", "CANCELLED, RECALL, false",
            "CANCELLED, ALERT_OVERDUE, false", "CANCELLED, CANCEL, false"})
        void eachStateAllowsItsActs(CustodyState state, PassportAct act, boolean allowed) {
            assertThat(state.allows(act)).isEqualTo(allowed);
        }
    }

    @Nested
    class Visibility {

        @Test
        void theOfficeAuditorsAndAdminsSeeEveryPassport() {
            Passport passport = PassportFixtures.inCustody();
            for (Actor actor : List.of(OFFICER, DIRECTOR, AUDITOR, Actor.of("ada", null, Role.ADMIN))) {
                assertThat(passport.isVisibleTo(actor)).as(actor.userId()).isTrue();
            }
        }

        @Test
        void unitStaffSeeTheirPeoplesPassportsAndThoseLentToTheirTrips() {
            Passport passport = PassportFixtures.inCustody();
            assertThat(passport.isVisibleTo(CLERK)).isTrue();
            assertThat(passport.isVisibleTo(Actor.of("he.signatory", "U-EDU", Role.UNIT_SIGNATORY))).isTrue();
            assertThat(passport.isVisibleTo(OTHER_UNIT_CLERK)).isFalse();
            passport.lend(OFFICER, TRIP, "U-HEALTH", TODAY, DUE, NOW);
            assertThat(passport.isVisibleTo(OTHER_UNIT_CLERK)).isTrue();
        }

        @Test
        void otherRolesOfTheUnitSeeNothingAndOnlyOfficersReadTheNumber() {
            Passport passport = PassportFixtures.inCustody();
            assertThat(passport.isVisibleTo(Actor.of("ed", "U-EDU", Role.PUBLICITY_EDITOR))).isFalse();
            assertThat(Passport.mayReadNumber(OFFICER)).isTrue();
            assertThat(Passport.mayReadNumber(DIRECTOR)).isFalse();
            assertThat(Passport.mayReadNumber(AUDITOR)).isFalse();
            assertThat(Passport.mayReadNumber(CLERK)).isFalse();
        }
    }

    @Nested
    class DueDate {

        @Test
        void isDeparturePlusApprovedDaysPlusTheReturnDays() {
            assertThat(Loan.dueDate(LocalDate.of(2027, 3, 10), 5, POLICY)).isEqualTo(LocalDate.of(2027, 3, 22));
        }

        @Test
        void followsThePolicyInForce() {
            PolicySnapshot tenDays = POLICY.with(TravelParameter.PASSPORT_RETURN_DAYS, "10");
            assertThat(Loan.dueDate(LocalDate.of(2027, 3, 10), 5, tenDays)).isEqualTo(LocalDate.of(2027, 3, 25));
        }

        @Test
        void aPassportIsOverdueFromTheDayAfterItsDueDate() {
            Passport passport = PassportFixtures.onLoan(DUE);
            assertThat(passport.daysOverdue(DUE.minusDays(1))).isZero();
            assertThat(passport.daysOverdue(DUE)).isZero();
            assertThat(passport.daysOverdue(DUE.plusDays(1))).isEqualTo(1);
            assertThat(passport.daysOverdue(DUE.plusDays(31))).isEqualTo(31);
            passport.returnToCustody(OFFICER, DUE.plusDays(2), DUE.plusDays(2), NOW);
            assertThat(passport.daysOverdue(DUE.plusDays(31))).isZero();
        }
    }

    @Nested
    class OverdueAlerts {

        private final Passport passport = PassportFixtures.onLoan(DUE);

        @Test
        void nothingUpToTheDueDate() {
            assertThat(passport.checkOverdue(POLICY, DUE, NOW)).isFalse();
            assertThat(passport.recordedEvents()).isEmpty();
            assertThat(passport.overdueAlertStage()).isEqualTo(OverdueAlertStage.NONE);
        }

        @Test
        void theFirstDayOverdueAlertsOnceWithoutTheNumberOrName() {
            Instant detected = Instant.parse("2026-12-03T01:00:00Z");
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(1), detected)).isTrue();
            assertThat(passport.recordedEvents()).containsExactly(new PassportOverdue(passport.id(), "U-EDU", TRIP,
                    PassportType.SERVICE, DUE, 1, false, detected));
            assertThat(passport.recordedEvents().get(0).toString()).doesNotContain(NUMBER).doesNotContain(NAME);
            assertThat(passport.overdueAlertStage()).isEqualTo(OverdueAlertStage.OVERDUE);
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(1), detected)).isFalse();
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(2), detected)).isFalse();
            assertThat(passport.recordedEvents()).hasSize(1);
        }

        @Test
        void thirtyDaysOverdueIsNotYetASecondAlert() {
            passport.checkOverdue(POLICY, DUE.plusDays(1), NOW);
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(30), NOW)).isFalse();
            assertThat(passport.recordedEvents()).hasSize(1);
        }

        @Test
        void theThirtyFirstDayOverdueAlertsAgainWithTheUnitBlocked() {
            passport.checkOverdue(POLICY, DUE.plusDays(1), NOW);
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(31), NOW)).isTrue();
            assertThat(passport.recordedEvents()).hasSize(2).last().isEqualTo(new PassportOverdue(passport.id(),
                    "U-EDU", TRIP, PassportType.SERVICE, DUE, 31, true, NOW));
            assertThat(passport.overdueAlertStage()).isEqualTo(OverdueAlertStage.UNIT_BLOCKED);
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(32), NOW)).isFalse();
            assertThat(passport.recordedEvents()).hasSize(2);
        }

        @Test
        void firstNoticedLongOverdueItAlertsOnceWithTheUnitBlocked() {
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(40), NOW)).isTrue();
            assertThat(passport.recordedEvents()).singleElement()
                    .satisfies(event -> assertThat(((PassportOverdue) event).unitBlocked()).isTrue());
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(41), NOW)).isFalse();
        }

        @Test
        void theBlockingThresholdIsAPolicyParameter() {
            PolicySnapshot tenDays = POLICY.with(TravelParameter.PASSPORT_OVERDUE_BLOCK_DAYS, "10");
            passport.checkOverdue(tenDays, DUE.plusDays(1), NOW);
            assertThat(passport.checkOverdue(tenDays, DUE.plusDays(10), NOW)).isFalse();
            assertThat(passport.checkOverdue(tenDays, DUE.plusDays(11), NOW)).isTrue();
        }

        @Test
        void aReturnedPassportNoLongerAlertsAndTheNextLoanStartsAfresh() {
            passport.checkOverdue(POLICY, DUE.plusDays(31), NOW);
            passport.returnToCustody(OFFICER, DUE.plusDays(32), DUE.plusDays(32), NOW);
            assertThat(passport.checkOverdue(POLICY, DUE.plusDays(33), NOW)).isFalse();
            assertThat(passport.overdueAlertStage()).isEqualTo(OverdueAlertStage.NONE);
            LocalDate later = DUE.plusDays(40);
            passport.lend(OFFICER, OTHER_TRIP, "U-EDU", later, later.plusDays(5), NOW);
            passport.recordedEvents().clear();
            assertThat(passport.checkOverdue(POLICY, later.plusDays(6), NOW)).isTrue();
            assertThat(passport.recordedEvents()).singleElement()
                    .satisfies(event -> assertThat(((PassportOverdue) event).delegationId()).isEqualTo(OTHER_TRIP));
        }

        @Test
        void aRecallMakesItOverdueSooner() {
            passport.recall(TRIP, TODAY.plusDays(1), NOW);
            assertThat(passport.checkOverdue(POLICY, TODAY.plusDays(2), NOW)).isTrue();
            assertThat(passport.recordedEvents()).singleElement()
                    .satisfies(event -> assertThat(((PassportOverdue) event).dueDate()).isEqualTo(TODAY.plusDays(1)));
        }
    }

    @Test
    void theEventCarriesTheHoldersUnitAsTheContractSays() {
        Passport passport = PassportFixtures.inCustody();
        passport.lend(OFFICER, TRIP, "U-HEALTH", TODAY, DUE, NOW);
        passport.checkOverdue(POLICY, DUE.plusDays(1), NOW);
        assertThat(passport.recordedEvents()).singleElement()
                .satisfies(event -> assertThat(((PassportOverdue) event).unit()).isEqualTo("U-EDU"));
    }
}
