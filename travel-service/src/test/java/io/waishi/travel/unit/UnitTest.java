package io.waishi.travel.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.travel.policy.PolicySnapshot;
import io.waishi.travel.policy.TravelParameter;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    /** DEFAULT_UNIT_ANNUAL_QUOTA = 2. */
    static final PolicySnapshot POLICY = PolicySnapshot.defaults(TODAY);
    static final Actor ADMIN = Actor.of("ada", null, Role.ADMIN);
    static final Actor OFFICER = Actor.of("sun.officer", null, Role.FAO_OFFICER);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final Actor CLERK = Actor.of("li.clerk", "U-TRADE", Role.UNIT_CLERK);
    static final String REASON = "Belt-and-Road trade fairs in three countries";

    static Unit tradeBureau() {
        return Unit.register("U-TRADE", ADMIN, LocalizedText.of("市商务局", "Commerce Bureau"),
                UnitKind.GOVERNMENT_BUREAU, true, NOW);
    }

    static Unit educationBureau() {
        return Unit.register("U-EDU", ADMIN, LocalizedText.of("市教育局", "Education Bureau"),
                UnitKind.GOVERNMENT_BUREAU, false, NOW);
    }

    @Nested
    class Register {

        @Test
        void anAdminRegistersAUnitUnderItsCode() {
            Unit unit = tradeBureau();
            assertThat(unit.code()).isEqualTo("U-TRADE");
            assertThat(unit.id()).isEqualTo("U-TRADE");
            assertThat(unit.foreignAffairsOrCommerce()).isTrue();
            assertThat(unit.registeredBy()).isEqualTo("ada");
            assertThat(unit.history()).singleElement().satisfies(change -> {
                assertThat(change.act()).isEqualTo(UnitAct.REGISTER);
                assertThat(change.by()).isEqualTo("ada");
                assertThat(change.at()).isEqualTo(NOW);
            });
        }

        @Test
        void anOfficerRegistersToo() {
            assertThat(Unit.register("U-EDU", OFFICER, LocalizedText.of("市教育局", null), UnitKind.OTHER, false, NOW)
                    .registeredBy()).isEqualTo("sun.officer");
        }

        @Test
        void aDirectorOrAClerkDoesNotRegister() {
            for (Actor actor : new Actor[] {DIRECTOR, CLERK}) {
                assertThatThrownBy(() -> Unit.register("U-X1", actor, LocalizedText.of("单位", null), UnitKind.OTHER,
                        false, NOW)).isInstanceOf(ActNotPermittedException.class);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"u-edu", "U", "1-EDU", "U_EDU", "U-EDU:2027", "U-ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
        void refusesWhatIsNotAUnitCode(String code) {
            assertThatThrownBy(() -> Unit.register(code, ADMIN, LocalizedText.of("单位", null), UnitKind.OTHER, false, NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit code");
        }

        @Test
        void acceptsTheLongestCode() {
            String code = "U" + "A".repeat(30);
            assertThat(Unit.register(code, ADMIN, LocalizedText.of("单位", null), UnitKind.OTHER, false, NOW).code())
                    .hasSize(31);
        }
    }

    @Nested
    class Kind {

        @ParameterizedTest
        @EnumSource(UnitKind.class)
        void enterprisesAndUniversitiesTakeTheSimplifiedPath(UnitKind kind) {
            Unit unit = Unit.register("U-K", ADMIN, LocalizedText.of("单位", null), kind, false, NOW);
            assertThat(unit.simplifiedApprovalPath())
                    .isEqualTo(kind == UnitKind.CITY_OWNED_ENTERPRISE || kind == UnitKind.UNIVERSITY);
        }

        @Test
        void anOfficerCorrectsTheParticulars() {
            Unit unit = educationBureau();
            unit.update(OFFICER, LocalizedText.of("市教育局", "Municipal Education Bureau"), UnitKind.UNIVERSITY, true, NOW);
            assertThat(unit.name().en()).isEqualTo("Municipal Education Bureau");
            assertThat(unit.kind()).isEqualTo(UnitKind.UNIVERSITY);
            assertThat(unit.foreignAffairsOrCommerce()).isTrue();
            assertThat(unit.history()).extracting(UnitChange::act).containsExactly(UnitAct.REGISTER, UnitAct.UPDATE);
        }

        @Test
        void aClerkCannotChangeTheirUnit() {
            Unit unit = educationBureau();
            Actor ownClerk = Actor.of("li.clerk", "U-EDU", Role.UNIT_CLERK);
            assertThatThrownBy(() -> unit.update(ownClerk, unit.name(), unit.kind(), true, NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThat(unit.foreignAffairsOrCommerce()).isFalse();
        }
    }

    @Nested
    class SignatoriesAndClerks {

        @Test
        void aRegisteredSignatoryIsKnownByUserId() {
            Unit unit = educationBureau();
            unit.registerSignatory(OFFICER, "wang.sign", "Wang Jun", "Deputy director-general", NOW);
            assertThat(unit.isRegisteredSignatory("wang.sign")).isTrue();
            assertThat(unit.isRegisteredSignatory("li.clerk")).isFalse();
            assertThat(unit.signatories()).singleElement()
                    .isEqualTo(new Signatory("wang.sign", "Wang Jun", "Deputy director-general", NOW, "sun.officer"));
        }

        @Test
        void registeringAgainReplacesTheParticulars() {
            Unit unit = educationBureau();
            unit.registerSignatory(OFFICER, "wang.sign", "Wang Jun", "Deputy director-general", NOW);
            unit.registerSignatory(ADMIN, "wang.sign", "Wang Jun", "Director-general", NOW.plusSeconds(60));
            assertThat(unit.signatories()).singleElement().satisfies(signatory -> {
                assertThat(signatory.post()).isEqualTo("Director-general");
                assertThat(signatory.registeredBy()).isEqualTo("ada");
            });
        }

        @Test
        void aRemovedSignatoryNoLongerSigns() {
            Unit unit = educationBureau();
            unit.registerSignatory(OFFICER, "wang.sign", "Wang Jun", "Deputy director-general", NOW);
            unit.removeSignatory(OFFICER, "wang.sign", NOW);
            assertThat(unit.isRegisteredSignatory("wang.sign")).isFalse();
            assertThat(unit.history()).extracting(UnitChange::act)
                    .containsExactly(UnitAct.REGISTER, UnitAct.REGISTER_SIGNATORY, UnitAct.REMOVE_SIGNATORY);
        }

        @Test
        void removingSomeoneNotRegisteredIsNotFound() {
            Unit unit = educationBureau();
            assertThatThrownBy(() -> unit.removeSignatory(OFFICER, "nobody", NOW)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> unit.removeClerk(OFFICER, "nobody", NOW)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void clerksAreRegisteredAndRemoved() {
            Unit unit = educationBureau();
            unit.registerClerk(OFFICER, "li.clerk", "Li Hua", NOW);
            assertThat(unit.isRegisteredClerk("li.clerk")).isTrue();
            assertThat(unit.clerks()).containsExactly(new Clerk("li.clerk", "Li Hua"));
            unit.removeClerk(ADMIN, "li.clerk", NOW);
            assertThat(unit.clerks()).isEmpty();
        }

        @Test
        void unitStaffDoNotRegisterSignatories() {
            Unit unit = educationBureau();
            Actor ownSignatory = Actor.of("wang.sign", "U-EDU", Role.UNIT_SIGNATORY);
            assertThatThrownBy(() -> unit.registerSignatory(ownSignatory, "wang.sign", "Wang Jun", "Director", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> unit.registerClerk(DIRECTOR, "li.clerk", "Li Hua", NOW))
                    .isInstanceOf(ActNotPermittedException.class);
            assertThat(unit.signatories()).isEmpty();
        }
    }

    @Nested
    class AnnualQuotaOfAYear {

        @Test
        void withoutARaiseTheQuotaIsTheDefaultOfThePolicy() {
            Unit unit = tradeBureau();
            assertThat(unit.annualQuota(2027, POLICY)).isEqualTo(2);
            assertThat(unit.annualQuota(2027, POLICY.with(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA, "4"))).isEqualTo(4);
            AnnualQuota quota = unit.quotaFor(2027, POLICY);
            assertThat(quota.source()).isEqualTo(AnnualQuota.Source.DEFAULT_UNIT_ANNUAL_QUOTA);
            assertThat(quota.raise()).isNull();
            assertThat(quota.policySource()).isEqualTo(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA.source());
        }

        @Test
        void aRaiseCountsForItsYearOnly() {
            Unit unit = tradeBureau();
            unit.raiseQuota(DIRECTOR, 2027, 5, REASON, POLICY, NOW);
            assertThat(unit.annualQuota(2027, POLICY)).isEqualTo(5);
            assertThat(unit.annualQuota(2026, POLICY)).isEqualTo(2);
            assertThat(unit.annualQuota(2028, POLICY)).isEqualTo(2);
            AnnualQuota quota = unit.quotaFor(2027, POLICY);
            assertThat(quota.source()).isEqualTo(AnnualQuota.Source.RAISED);
            assertThat(quota.defaultQuota()).isEqualTo(2);
            assertThat(quota.raise()).isEqualTo(new QuotaRaise(2027, 5, REASON, "zhao.director", NOW));
        }

        @Test
        void aRaiseStandsWhenTheDefaultChangesLater() {
            Unit unit = tradeBureau();
            unit.raiseQuota(DIRECTOR, 2027, 3, REASON, POLICY, NOW);
            assertThat(unit.annualQuota(2027, POLICY.with(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA, "4"))).isEqualTo(3);
        }

        @Test
        void aSecondRaiseForTheSameYearReplacesTheFirst() {
            Unit unit = tradeBureau();
            unit.raiseQuota(DIRECTOR, 2027, 3, REASON, POLICY, NOW);
            unit.raiseQuota(DIRECTOR, 2027, 4, REASON, POLICY, NOW);
            unit.raiseQuota(DIRECTOR, 2026, 3, REASON, POLICY, NOW);
            assertThat(unit.quotaRaises()).extracting(QuotaRaise::year, QuotaRaise::trips)
                    .containsExactly(Tuple.tuple(2026, 3), Tuple.tuple(2027, 4));
        }

        @Test
        void theDefaultIsTakenFromTheYearsOwnPolicy() {
            assertThat(Unit.quotaPolicyDate(2027, TODAY)).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(Unit.quotaPolicyDate(2026, TODAY)).isEqualTo(TODAY);
            assertThat(Unit.quotaPolicyDate(2025, TODAY)).isEqualTo(LocalDate.of(2025, 12, 31));
        }
    }

    @Nested
    class RaiseQuota {

        @Test
        void toOneTripAboveTheDefaultIsAllowed() {
            Unit unit = tradeBureau();
            unit.raiseQuota(DIRECTOR, 2027, 3, REASON, POLICY, NOW);
            assertThat(unit.annualQuota(2027, POLICY)).isEqualTo(3);
            assertThat(unit.history()).last().satisfies(change -> {
                assertThat(change.act()).isEqualTo(UnitAct.RAISE_QUOTA);
                assertThat(change.by()).isEqualTo("zhao.director");
            });
        }

        @Test
        void toTheDefaultIsRefusedNamingTheParameterAndItsValue() {
            Unit unit = tradeBureau();
            assertThatThrownBy(() -> unit.raiseQuota(DIRECTOR, 2027, 2, REASON, POLICY, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .singleElement().satisfies(violation -> {
                                assertThat(violation.code()).isEqualTo("QUOTA_RAISE_NOT_ABOVE_DEFAULT");
                                assertThat(violation.field()).isEqualTo("trips");
                                assertThat(violation.parameters())
                                        .containsEntry("parameter", "DEFAULT_UNIT_ANNUAL_QUOTA")
                                        .containsEntry("limit", 2)
                                        .containsEntry("actual", 2)
                                        .containsEntry("year", 2027);
                            }));
            assertThat(unit.quotaRaises()).isEmpty();
            assertThat(unit.annualQuota(2027, POLICY)).isEqualTo(2);
        }

        @Test
        void theBoundaryFollowsTheDefaultInForce() {
            Unit unit = tradeBureau();
            PolicySnapshot three = POLICY.with(TravelParameter.DEFAULT_UNIT_ANNUAL_QUOTA, "3");
            assertThatThrownBy(() -> unit.raiseQuota(DIRECTOR, 2027, 3, REASON, three, NOW))
                    .isInstanceOf(RuleViolationException.class);
            unit.raiseQuota(DIRECTOR, 2027, 4, REASON, three, NOW);
            assertThat(unit.annualQuota(2027, three)).isEqualTo(4);
        }

        @Test
        void aUnitNotDoingForeignAffairsOrCommerceIsNotEligible() {
            Unit unit = educationBureau();
            assertThatThrownBy(() -> unit.raiseQuota(DIRECTOR, 2027, 3, REASON, POLICY, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .singleElement().satisfies(violation -> {
                                assertThat(violation.code()).isEqualTo("QUOTA_RAISE_NOT_ELIGIBLE");
                                assertThat(violation.parameters())
                                        .containsEntry("parameter", "DEFAULT_UNIT_ANNUAL_QUOTA")
                                        .containsEntry("limit", 2)
                                        .containsEntry("unit", "U-EDU");
                            }));
            assertThat(unit.quotaRaises()).isEmpty();
        }

        @Test
        void bothRulesAreReportedTogether() {
            Unit unit = educationBureau();
            assertThatThrownBy(() -> unit.raiseQuota(DIRECTOR, 2027, 1, REASON, POLICY, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .extracting(RuleViolation::code)
                            .containsExactlyInAnyOrder("QUOTA_RAISE_NOT_ELIGIBLE", "QUOTA_RAISE_NOT_ABOVE_DEFAULT"));
        }

        @Test
        void onlyADirectorRaises() {
            Unit unit = tradeBureau();
            for (Actor actor : new Actor[] {OFFICER, ADMIN, CLERK}) {
                assertThatThrownBy(() -> unit.raiseQuota(actor, 2027, 3, REASON, POLICY, NOW))
                        .isInstanceOf(ActNotPermittedException.class);
            }
            assertThat(unit.quotaRaises()).isEmpty();
        }

        @Test
        void aRaiseNeedsAReasonOfTenCharacters() {
            Unit unit = tradeBureau();
            assertThatThrownBy(() -> unit.raiseQuota(DIRECTOR, 2028, 3, "  Trade fa  ", POLICY, NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 characters");
            assertThat(unit.raiseFor(2028)).isEmpty();
            unit.raiseQuota(DIRECTOR, 2028, 3, "Trade fair", POLICY, NOW);
            assertThat(unit.raiseFor(2028)).map(QuotaRaise::reason).contains("Trade fair");
        }
    }

    @Nested
    class Visibility {

        @Test
        void unitStaffSeeTheirOwnUnitAndTheOfficeSeesAll() {
            Unit unit = tradeBureau();
            assertThat(unit.isVisibleTo(CLERK)).isTrue();
            assertThat(unit.isVisibleTo(Actor.of("wang.clerk", "U-HEALTH", Role.UNIT_CLERK))).isFalse();
            assertThat(unit.isVisibleTo(Actor.of("sister", null, Role.SISTER_CITY_OFFICER))).isFalse();
            assertThat(unit.isVisibleTo(Actor.of("audit", null, Role.AUDITOR))).isTrue();
            assertThat(unit.isVisibleTo(DIRECTOR)).isTrue();
        }
    }
}
