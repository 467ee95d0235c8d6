package io.waishi.sistercity.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.sistercity.partner.AdministrativeLevel;
import io.waishi.sistercity.partner.PartnerCity;
import io.waishi.sistercity.partner.PartnerCityNames;
import io.waishi.sistercity.relationship.RelationshipEvents.RelationshipStageChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RelationshipTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Actor OFFICER = Actor.of("qian.officer", null, Role.SISTER_CITY_OFFICER);
    static final Actor DIRECTOR = Actor.of("zhao.director", null, Role.FAO_DIRECTOR);
    static final Actor AUDITOR = Actor.of("sun.auditor", null, Role.AUDITOR);
    static final AdministrativeLevel OWN = AdministrativeLevel.PREFECTURE_CITY;
    static final Signing INTENT = new Signing(LocalDate.of(2014, 5, 12), "铜川", List.of(
            new Signatory(Signatory.Side.OUR_CITY, "Mayor of Tongchuan", "市长"),
            new Signatory(Signatory.Side.PARTNER_CITY, "Mayor of Yorba Linda", "Mayor")),
            List.of(new SignedDocument("zh", "doc-7", "友好交流意向书"), new SignedDocument("en", "doc-8", null)));
    static final Signing AGREEMENT = new Signing(LocalDate.of(2015, 10, 23), "Yorba Linda", INTENT.signatories(),
            List.of(new SignedDocument("zh", "doc-9", "建立友好城市关系协议书")));

    static PartnerCity partner(boolean diplomaticRelations, AdministrativeLevel level, boolean otherChineseSisterCity) {
        return PartnerCity.register("p-1", OFFICER, new PartnerCityNames("约巴林达市", "Yorba Linda", null), "US",
                "California", level, diplomaticRelations, otherChineseSisterCity, NOW);
    }

    static final Parties GOOD = new Parties(OWN, partner(true, OWN, false));

    static Relationship intent(RelationshipKind kind) {
        return Relationship.recordIntent("r-1", OFFICER, GOOD, kind, Set.of(CooperationField.EDUCATION), INTENT,
                TODAY, NOW);
    }

    /** A sister-city relationship brought to {@code stage} by the real acts. */
    static Relationship at(RelationshipStage stage) {
        Relationship relationship = intent(RelationshipKind.SISTER_CITY);
        List<RelationshipStage> path = List.of(RelationshipStage.EXCHANGING, RelationshipStage.CITY_APPROVED,
                RelationshipStage.PROVINCE_REVIEWED, RelationshipStage.CPAFFC_APPROVED,
                RelationshipStage.AGREEMENT_SIGNED, RelationshipStage.ACTIVE, RelationshipStage.DORMANT);
        if (stage == RelationshipStage.TERMINATED) {
            relationship.terminate(OFFICER, "The partner withdrew", null, NOW);
            return relationship;
        }
        for (RelationshipStage next : path) {
            if (relationship.stage() == stage) {
                break;
            }
            perform(relationship, relationship.stage().nextStep().orElseThrow(), actorFor(relationship.stage()
                    .nextStep().orElseThrow()));
        }
        assertThat(relationship.stage()).isEqualTo(stage);
        return relationship;
    }

    static Actor actorFor(RelationshipAct act) {
        return act.roles()[0] == Role.FAO_DIRECTOR ? DIRECTOR : OFFICER;
    }

    static void perform(Relationship relationship, RelationshipAct act, Actor actor) {
        switch (act) {
            case START_EXCHANGES -> relationship.startExchanges(actor, null, NOW);
            case APPLY_AS -> relationship.applyAs(actor, RelationshipKind.SISTER_CITY, GOOD, NOW);
            case RECORD_CITY_APPROVAL -> relationship.recordCityApproval(actor, GOOD, "铜政函〔2015〕12号", null, NOW);
            case RECORD_PROVINCIAL_REVIEW -> relationship.recordProvincialReview(actor, GOOD, "陕外办〔2015〕3号", null, NOW);
            case RECORD_CPAFFC_APPROVAL -> relationship.recordCpaffcApproval(actor, GOOD, "友协批〔2015〕87号", null, NOW);
            case SIGN_AGREEMENT -> relationship.signAgreement(actor, GOOD, AGREEMENT, null, null, TODAY, NOW);
            case ACTIVATE -> relationship.activate(actor, null, NOW);
            case MARK_DORMANT -> relationship.markDormant(actor, "No exchange since 2023", NOW);
            case REVIVE -> relationship.revive(actor, null, NOW);
            case TERMINATE -> relationship.terminate(actor, "The partner withdrew", null, NOW);
        }
    }

    static List<String> codes(Runnable act) {
        return catchThrowableOfType(RuleViolationException.class, act::run).violations().stream()
                .map(RuleViolation::code).toList();
    }

    @Nested
    class RecordingTheIntent {

        @Test
        void anOfficerRecordsTheLetterOfIntentAndTheStageIsAnnounced() {
            Relationship relationship = intent(RelationshipKind.SISTER_CITY);
            assertThat(relationship.stage()).isEqualTo(RelationshipStage.INTENT_SIGNED);
            assertThat(relationship.history()).containsExactly(new StageChange(null, RelationshipStage.INTENT_SIGNED,
                    "qian.officer", NOW, null, null));
            assertThat(relationship.recordedEvents()).last().isEqualTo(new RelationshipStageChanged("r-1", "p-1",
                    RelationshipKind.SISTER_CITY, null, RelationshipStage.INTENT_SIGNED, null, NOW));
        }

        @Test
        void onlySisterCityOfficersRecordIntents() {
            assertThatThrownBy(() -> Relationship.recordIntent("r-1", DIRECTOR, GOOD, RelationshipKind.SISTER_CITY,
                    Set.of(), INTENT, TODAY, NOW)).isInstanceOf(ActNotPermittedException.class);
        }

        @Test
        void bothSidesSign() {
            assertThatThrownBy(() -> new Signing(LocalDate.of(2014, 5, 12), "铜川",
                    List.of(new Signatory(Signatory.Side.OUR_CITY, "Mayor", null)), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Rules {

        @Test
        void diplomaticRelationsAreRequired() {
            Parties none = new Parties(OWN, partner(false, OWN, false));
            assertThat(codes(() -> Relationship.recordIntent("r-1", OFFICER, none, RelationshipKind.SISTER_CITY,
                    Set.of(), INTENT, TODAY, NOW))).containsExactly("DIPLOMATIC_RELATIONS_REQUIRED");
            assertThat(RelationshipRules.forPartner(RelationshipKind.SISTER_CITY, GOOD)).isEmpty();
        }

        @Test
        void theLevelMustMatchTheCitysOwnExactlyOneLevelOffIsRefused() {
            Parties county = new Parties(OWN, partner(true, AdministrativeLevel.COUNTY_OR_DISTRICT, false));
            RuleViolation violation = RelationshipRules.forPartner(RelationshipKind.SISTER_CITY, county).get(0);
            assertThat(violation.code()).isEqualTo("ADMINISTRATIVE_LEVEL_MISMATCH");
            assertThat(violation.parameters()).isEqualTo(Map.of("ownLevel", "PREFECTURE_CITY",
                    "partnerLevel", "COUNTY_OR_DISTRICT"));
            Parties countyOffice = new Parties(AdministrativeLevel.COUNTY_OR_DISTRICT, county.partner());
            assertThat(RelationshipRules.forPartner(RelationshipKind.SISTER_CITY, countyOffice)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(RelationshipKind.class)
        void aPartnerWithAnotherChineseSisterCityCanOnlyBecomeFriendlyCooperation(RelationshipKind kind) {
            Parties taken = new Parties(OWN, partner(true, OWN, true));
            List<RuleViolation> violations = RelationshipRules.forPartner(kind, taken);
            if (kind == RelationshipKind.FRIENDLY_COOPERATION || kind == RelationshipKind.LETTER_OF_INTENT) {
                assertThat(violations).isEmpty();
            } else {
                assertThat(violations).containsExactly(RuleViolation.of("ONE_TO_ONE", "kind",
                        Map.of("kind", kind.name(), "allowedKind", "FRIENDLY_COOPERATION")));
            }
        }

        @Test
        void everyBrokenRuleIsReportedTogether() {
            Parties bad = new Parties(OWN, partner(false, AdministrativeLevel.TOWN, true));
            assertThat(codes(() -> Relationship.recordIntent("r-1", OFFICER, bad, RelationshipKind.SISTER_CITY,
                    Set.of(), INTENT, TODAY, NOW))).containsExactly("DIPLOMATIC_RELATIONS_REQUIRED",
                    "ADMINISTRATIVE_LEVEL_MISMATCH", "ONE_TO_ONE");
        }

        @Test
        void theRulesAreCheckedAgainAtEachApprovalWithThePartnerAsItIsNow() {
            Relationship relationship = at(RelationshipStage.CITY_APPROVED);
            Parties nowTaken = new Parties(OWN, partner(true, OWN, true));
            assertThat(codes(() -> relationship.recordProvincialReview(DIRECTOR, nowTaken, "ref", null, NOW)))
                    .containsExactly("ONE_TO_ONE");
            assertThat(relationship.stage()).isEqualTo(RelationshipStage.CITY_APPROVED);
        }

        @Test
        void aLetterOfIntentIsNotAppliedForUntilItsKindIsNamed() {
            Relationship relationship = intent(RelationshipKind.LETTER_OF_INTENT);
            relationship.startExchanges(OFFICER, null, NOW);
            assertThat(codes(() -> relationship.recordCityApproval(DIRECTOR, GOOD, "ref", null, NOW)))
                    .containsExactly("KIND_NOT_NAMED");
            Parties taken = new Parties(OWN, partner(true, OWN, true));
            assertThat(codes(() -> relationship.applyAs(OFFICER, RelationshipKind.SISTER_CITY, taken, NOW)))
                    .containsExactly("ONE_TO_ONE");
            relationship.applyAs(OFFICER, RelationshipKind.FRIENDLY_COOPERATION, taken, NOW);
            assertThat(relationship.history()).last().isEqualTo(new StageChange(RelationshipStage.EXCHANGING,
                    RelationshipStage.EXCHANGING, "qian.officer", NOW, null,
                    "Applying as FRIENDLY_COOPERATION (was LETTER_OF_INTENT)"));
            relationship.applyAs(OFFICER, RelationshipKind.FRIENDLY_COOPERATION, taken, NOW);
            assertThat(relationship.history()).as("naming the same kind again keeps no step").hasSize(3);
            relationship.recordCityApproval(DIRECTOR, taken, "ref", null, NOW);
            assertThat(relationship.stage()).isEqualTo(RelationshipStage.CITY_APPROVED);
            assertThat(relationship.kind()).isEqualTo(RelationshipKind.FRIENDLY_COOPERATION);
        }

        @Test
        void theAgreementIsRefusedOneStepBeforeTheNationalApprovalAndSignedRightAfterIt() {
            Relationship reviewed = at(RelationshipStage.PROVINCE_REVIEWED);
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> reviewed.signAgreement(OFFICER, GOOD, AGREEMENT, null, null, TODAY, NOW));
            assertThat(refused.violations()).containsExactly(RuleViolation.of("NATIONAL_APPROVAL_REQUIRED", null,
                    Map.of("stage", "PROVINCE_REVIEWED", "requiredStage", "CPAFFC_APPROVED")));

            Relationship approved = at(RelationshipStage.CPAFFC_APPROVED);
            approved.signAgreement(OFFICER, GOOD, AGREEMENT, EnumSet.of(CooperationField.TRADE), "协议〔2015〕1号",
                    TODAY, NOW);
            assertThat(approved.stage()).isEqualTo(RelationshipStage.AGREEMENT_SIGNED);
            assertThat(approved.agreement()).isEqualTo(AGREEMENT);
            assertThat(approved.cooperationFields()).containsExactly(CooperationField.TRADE);
        }

        @Test
        void signingTooEarlyReportsTheOtherBrokenRulesToo() {
            Relationship exchanging = at(RelationshipStage.EXCHANGING);
            Parties none = new Parties(OWN, partner(false, OWN, false));
            assertThat(codes(() -> exchanging.signAgreement(OFFICER, none, AGREEMENT, null, null, TODAY, NOW)))
                    .containsExactly("DIPLOMATIC_RELATIONS_REQUIRED", "NATIONAL_APPROVAL_REQUIRED");
        }

        @Test
        void anApprovalCitesItsReference() {
            Relationship relationship = at(RelationshipStage.EXCHANGING);
            assertThatThrownBy(() -> relationship.recordCityApproval(DIRECTOR, GOOD, " ", null, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class SigningDates {

        static Signing on(LocalDate date) {
            return new Signing(date, "铜川", INTENT.signatories(), List.of());
        }

        @Test
        void aLetterOfIntentSignedTodayIsRecordedOneDatedTomorrowIsRefused() {
            assertThat(Relationship.recordIntent("r-1", OFFICER, GOOD, RelationshipKind.SISTER_CITY, Set.of(),
                    on(TODAY), TODAY, NOW).stage()).isEqualTo(RelationshipStage.INTENT_SIGNED);
            assertThat(catchThrowableOfType(RuleViolationException.class, () -> Relationship.recordIntent("r-1",
                    OFFICER, GOOD, RelationshipKind.SISTER_CITY, Set.of(), on(TODAY.plusDays(1)), TODAY, NOW))
                    .violations()).containsExactly(RuleViolation.of("SIGNING_DATE_IN_FUTURE", "intent.date",
                            Map.of("date", "2026-11-21", "today", "2026-11-20")));
        }

        @Test
        void anAgreementOnTheDayOfTheIntentIsSignedOneTheDayBeforeIsRefused() {
            Relationship sameDay = at(RelationshipStage.CPAFFC_APPROVED);
            sameDay.signAgreement(OFFICER, GOOD, on(INTENT.date()), null, null, TODAY, NOW);
            assertThat(sameDay.stage()).isEqualTo(RelationshipStage.AGREEMENT_SIGNED);

            Relationship dayBefore = at(RelationshipStage.CPAFFC_APPROVED);
            assertThat(catchThrowableOfType(RuleViolationException.class, () -> dayBefore.signAgreement(OFFICER, GOOD,
                    on(INTENT.date().minusDays(1)), null, null, TODAY, NOW)).violations())
                    .containsExactly(RuleViolation.of("AGREEMENT_BEFORE_INTENT", "agreement.date",
                            Map.of("date", "2014-05-11", "intentDate", "2014-05-12")));
            assertThat(dayBefore.stage()).isEqualTo(RelationshipStage.CPAFFC_APPROVED);
        }

        @Test
        void anAgreementDatedTomorrowIsRefused() {
            Relationship approved = at(RelationshipStage.CPAFFC_APPROVED);
            assertThat(codes(() -> approved.signAgreement(OFFICER, GOOD, on(TODAY.plusDays(1)), null, null, TODAY,
                    NOW))).containsExactly("SIGNING_DATE_IN_FUTURE");
        }
    }

    @Nested
    class EstablishedBeforeTheseRecords {

        static Relationship established(Parties parties, RelationshipKind kind, Signing intent, String reference) {
            return Relationship.recordEstablished("r-9", OFFICER, parties, kind, Set.of(CooperationField.TRADE),
                    intent, AGREEMENT, reference, TODAY, NOW);
        }

        @Test
        void startsActiveWithOneStepCitingTheNationalApprovalAndIsAnnouncedWithoutAFromStage() {
            Relationship relationship = established(GOOD, RelationshipKind.SISTER_CITY, INTENT, " 友协批〔2015〕87号 ");
            assertThat(relationship.stage()).isEqualTo(RelationshipStage.ACTIVE);
            assertThat(relationship.agreement()).isEqualTo(AGREEMENT);
            assertThat(relationship.history()).singleElement().satisfies(step -> {
                assertThat(step.from()).isNull();
                assertThat(step.to()).isEqualTo(RelationshipStage.ACTIVE);
                assertThat(step.reference()).isEqualTo("友协批〔2015〕87号");
                assertThat(step.note()).contains("2015-10-23");
            });
            assertThat(relationship.recordedEvents()).containsExactly(new RelationshipStageChanged(
                    "r-9", "p-1", RelationshipKind.SISTER_CITY, null, RelationshipStage.ACTIVE, "友协批〔2015〕87号", NOW));
            assertThat(relationship.actionsFor(OFFICER)).containsExactlyInAnyOrder(RelationshipAct.MARK_DORMANT,
                    RelationshipAct.TERMINATE);
        }

        @Test
        void theIntentMayBeMissingFromTheOldFile() {
            assertThat(established(GOOD, RelationshipKind.SISTER_CITY, null, "友协批〔1997〕5号").intent()).isNull();
        }

        @Test
        void thePartnerRulesTheNamedKindAndTheDatesAreCheckedTogether() {
            Parties bad = new Parties(OWN, partner(false, AdministrativeLevel.TOWN, false));
            Signing lateIntent = new Signing(AGREEMENT.date().plusDays(1), "铜川", INTENT.signatories(), List.of());
            assertThat(codes(() -> established(bad, RelationshipKind.LETTER_OF_INTENT, lateIntent, "友协批〔2015〕87号")))
                    .containsExactly("DIPLOMATIC_RELATIONS_REQUIRED", "ADMINISTRATIVE_LEVEL_MISMATCH",
                            "KIND_NOT_NAMED", "AGREEMENT_BEFORE_INTENT");
        }

        @Test
        void onlyASisterCityOfficerRecordsItCitingTheNationalApproval() {
            assertThatThrownBy(() -> Relationship.recordEstablished("r-9", DIRECTOR, GOOD, RelationshipKind.SISTER_CITY,
                    Set.of(), null, AGREEMENT, "友协批〔2015〕87号", TODAY, NOW)).isInstanceOf(ActNotPermittedException.class);
            assertThatThrownBy(() -> established(GOOD, RelationshipKind.SISTER_CITY, INTENT, " "))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Path {

        @Test
        void eachStepRecordsWhoWhenAndTheReferenceAndAnnouncesTheStage() {
            Relationship relationship = at(RelationshipStage.PROVINCE_REVIEWED);
            relationship.recordCpaffcApproval(DIRECTOR, GOOD, "友协批〔2015〕87号", "Approved with the usual terms", NOW);
            assertThat(relationship.history().get(relationship.history().size() - 1)).isEqualTo(new StageChange(
                    RelationshipStage.PROVINCE_REVIEWED, RelationshipStage.CPAFFC_APPROVED, "zhao.director", NOW,
                    "友协批〔2015〕87号", "Approved with the usual terms"));
            assertThat(relationship.recordedEvents()).last().isEqualTo(new RelationshipStageChanged("r-1", "p-1",
                    RelationshipKind.SISTER_CITY, RelationshipStage.PROVINCE_REVIEWED, RelationshipStage.CPAFFC_APPROVED,
                    "友协批〔2015〕87号", NOW));
        }

        @Test
        void activeDormantActiveAndTerminatedAreAnnouncedLikeEveryOtherStage() {
            Relationship relationship = at(RelationshipStage.DORMANT);
            relationship.revive(OFFICER, "Exchanges resumed", NOW);
            relationship.terminate(DIRECTOR, "The partner city merged into another", null, NOW);
            assertThat(relationship.recordedEvents()).extracting(event -> ((RelationshipStageChanged) event).toStage())
                    .endsWith(RelationshipStage.AGREEMENT_SIGNED, RelationshipStage.ACTIVE, RelationshipStage.DORMANT,
                            RelationshipStage.ACTIVE, RelationshipStage.TERMINATED);
            assertThat(relationship.actionsFor(OFFICER)).isEmpty();
        }

        @Test
        void terminatingNeedsAReason() {
            assertThatThrownBy(() -> at(RelationshipStage.ACTIVE).terminate(OFFICER, " ", null, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theCallerSeesOnlyTheActsTheirRoleMayPerform() {
            Relationship exchanging = at(RelationshipStage.EXCHANGING);
            assertThat(exchanging.actionsFor(DIRECTOR)).containsExactlyInAnyOrder(RelationshipAct.RECORD_CITY_APPROVAL,
                    RelationshipAct.TERMINATE);
            assertThat(exchanging.actionsFor(OFFICER)).containsExactlyInAnyOrder(RelationshipAct.APPLY_AS,
                    RelationshipAct.SIGN_AGREEMENT, RelationshipAct.TERMINATE);
            assertThat(exchanging.actionsFor(AUDITOR)).isEmpty();
        }
    }

    static Stream<Arguments> everyStageAndAct() {
        return Arrays.stream(RelationshipStage.values())
                .flatMap(stage -> Arrays.stream(RelationshipAct.values()).map(act -> Arguments.of(stage, act)));
    }

    /** The whole state table: every act in every stage, by a role that may perform it. */
    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStageAndAct")
    void everyActIsAllowedOnlyInTheStagesTheTableNames(RelationshipStage stage, RelationshipAct act) {
        Relationship relationship = at(stage);
        if (!stage.allows(act)) {
            assertThatThrownBy(() -> perform(relationship, act, actorFor(act)))
                    .isInstanceOf(ActNotAllowedInStateException.class);
            assertThat(relationship.stage()).isEqualTo(stage);
        } else if (act == RelationshipAct.SIGN_AGREEMENT && !stage.nationallyApproved()) {
            assertThat(codes(() -> perform(relationship, act, actorFor(act))))
                    .containsExactly("NATIONAL_APPROVAL_REQUIRED");
        } else {
            perform(relationship, act, actorFor(act));
            assertThat(relationship.history().get(relationship.history().size() - 1).by())
                    .isEqualTo(actorFor(act).userId());
        }
    }

    /** Every act, in a stage that allows it, refused to every role the act does not name. */
    @ParameterizedTest
    @EnumSource(RelationshipAct.class)
    void everyActIsRefusedToTheRolesItDoesNotName(RelationshipAct act) {
        RelationshipStage stage = Arrays.stream(RelationshipStage.values()).filter(s -> s.allows(act)
                && (act != RelationshipAct.SIGN_AGREEMENT || s.nationallyApproved())).findFirst().orElseThrow();
        Set<Role> others = EnumSet.allOf(Role.class);
        others.removeAll(List.of(act.roles()));
        for (Role role : others) {
            Relationship relationship = at(stage);
            assertThatThrownBy(() -> perform(relationship, act, Actor.of("someone", null, role)))
                    .as("%s by %s", act, role).isInstanceOf(ActNotPermittedException.class);
            assertThat(relationship.stage()).isEqualTo(stage);
        }
    }

    @Test
    void theDirectorRecordsTheApprovalsAndTheOfficerDrivesTheRest() {
        assertThat(EnumSet.allOf(RelationshipAct.class)).allSatisfy(act -> assertThat(act.roles()).contains(
                EnumSet.of(RelationshipAct.RECORD_CITY_APPROVAL, RelationshipAct.RECORD_PROVINCIAL_REVIEW,
                        RelationshipAct.RECORD_CPAFFC_APPROVAL).contains(act) ? Role.FAO_DIRECTOR : Role.SISTER_CITY_OFFICER));
    }
}
