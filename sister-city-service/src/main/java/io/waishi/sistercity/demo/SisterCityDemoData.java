package io.waishi.sistercity.demo;

import io.waishi.sistercity.OfficeDay;
import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.partner.AdministrativeLevel;
import io.waishi.sistercity.partner.PartnerCities;
import io.waishi.sistercity.partner.PartnerCity;
import io.waishi.sistercity.partner.PartnerCityNames;
import io.waishi.sistercity.plan.PlanTarget;
import io.waishi.sistercity.plan.ProgrammePlan;
import io.waishi.sistercity.plan.ProgrammePlans;
import io.waishi.sistercity.plan.TargetCriteria;
import io.waishi.sistercity.plan.TargetMeasure;
import io.waishi.sistercity.relationship.CooperationField;
import io.waishi.sistercity.relationship.Parties;
import io.waishi.sistercity.relationship.Relationship;
import io.waishi.sistercity.relationship.RelationshipKind;
import io.waishi.sistercity.relationship.Relationships;
import io.waishi.sistercity.relationship.Signatory;
import io.waishi.sistercity.relationship.Signing;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The seed city's real partners (RULES.md §2): Yorba Linda, USA (agreement of 23 October 2015) and Bonghwa
 * County, Korea (sister city since June 1997; the day is not on record, so the 1st), both recorded as
 * established before these records; a Japanese city at the letter-of-intent stage (Seto, Aichi — a ceramics
 * city like Tongchuan, chosen for the demo) and the three-year plan of exchange with Japan with its targets.
 * Fixed ids, so other services' demo data can refer to them and a second start adds nothing.
 */
@Component
class SisterCityDemoData implements DemoDataSet {

    static final String YORBA_LINDA = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a01";
    static final String BONGHWA = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a02";
    static final String SETO = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a03";
    static final String YORBA_LINDA_RELATIONSHIP = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    static final String BONGHWA_RELATIONSHIP = "7c9e6679-7425-40de-944b-e07fc1f90ae8";
    static final String SETO_RELATIONSHIP = "7c9e6679-7425-40de-944b-e07fc1f90ae9";
    static final String JAPAN_PLAN = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e01";

    private static final Actor OFFICER = Actor.of("demo-data", null, Role.SISTER_CITY_OFFICER);
    private static final Actor DIRECTOR = Actor.of("demo-data", null, Role.FAO_DIRECTOR);

    private final PartnerCities partnerCities;
    private final Relationships relationships;
    private final ProgrammePlans plans;
    private final AdministrativeLevel ownLevel;
    private final OfficeDay officeDay;
    private final Clock clock;

    SisterCityDemoData(PartnerCities partnerCities, Relationships relationships, ProgrammePlans plans,
            @Value("${waishi.sister-city.own-level:PREFECTURE_CITY}") AdministrativeLevel ownLevel,
            OfficeDay officeDay, Clock clock) {
        this.partnerCities = partnerCities;
        this.relationships = relationships;
        this.plans = plans;
        this.ownLevel = ownLevel;
        this.officeDay = officeDay;
        this.clock = clock;
    }

    @Override
    public void load() {
        PartnerCity yorbaLinda = registerOnce(YORBA_LINDA, new PartnerCityNames("约巴林达市", "Yorba Linda",
                "Yorba Linda"), "US", "California");
        // A Korean county (군) sits directly under its province, the tier of a Chinese prefecture-level city.
        PartnerCity bonghwa = registerOnce(BONGHWA, new PartnerCityNames("奉化郡", "Bonghwa County", "봉화군"), "KR",
                "Gyeongsangbuk-do");
        PartnerCity seto = registerOnce(SETO, new PartnerCityNames("濑户市", "Seto", "瀬戸市"), "JP", "Aichi");

        establishedOnce(YORBA_LINDA_RELATIONSHIP, yorbaLinda, LocalDate.of(2015, 10, 23), "Yorba Linda",
                "约巴林达市市长", EnumSet.of(CooperationField.EDUCATION, CooperationField.TRADE,
                        CooperationField.CULTURE_AND_ARTS, CooperationField.TOURISM), "友协批〔2015〕87号");
        establishedOnce(BONGHWA_RELATIONSHIP, bonghwa, LocalDate.of(1997, 6, 1), "铜川", "奉化郡守",
                EnumSet.of(CooperationField.CULTURE_AND_ARTS, CooperationField.EDUCATION, CooperationField.TOURISM,
                        CooperationField.SPORT), "友协批〔1997〕5号");
        if (!relationships.existsById(SETO_RELATIONSHIP)) {
            relationships.insert(Relationship.recordIntent(SETO_RELATIONSHIP, OFFICER, parties(seto),
                    RelationshipKind.LETTER_OF_INTENT, EnumSet.of(CooperationField.CULTURE_AND_ARTS,
                            CooperationField.TRADE, CooperationField.TOURISM),
                    signing(LocalDate.of(2025, 9, 18), "濑户", "濑户市长"), today(), clock.instant()));
        }
        japanPlanOnce();
    }

    private PartnerCity registerOnce(String id, PartnerCityNames names, String country, String region) {
        return partnerCities.findById(id).orElseGet(() -> partnerCities.insert(PartnerCity.register(id, OFFICER,
                names, country, region, AdministrativeLevel.PREFECTURE_CITY, true, false, clock.instant())));
    }

    private void establishedOnce(String id, PartnerCity partner, LocalDate agreed, String place, String partnerSigner,
            Set<CooperationField> fields, String cpaffcReference) {
        if (!relationships.existsById(id)) {
            relationships.insert(Relationship.recordEstablished(id, OFFICER, parties(partner),
                    RelationshipKind.SISTER_CITY, fields, null, signing(agreed, place, partnerSigner), cpaffcReference,
                    today(), clock.instant()));
        }
    }

    /** The three-year plan of exchange with Japan (seed article): its targets are measured from the records. */
    private void japanPlanOnce() {
        if (plans.existsById(JAPAN_PLAN)) {
            return;
        }
        ProgrammePlan plan = ProgrammePlan.draft(JAPAN_PLAN, OFFICER,
                LocalizedText.of("对日交流合作三年行动计划（2025—2027）", "Three-year exchange plan with Japan (2025–2027)"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), Set.of("JP"), clock.instant());
        plan.putTarget(OFFICER, new PlanTarget("city-weeks", LocalizedText.of("在日本举办三次“铜川周”活动",
                "Three Tongchuan Weeks held in Japan"), TargetMeasure.ACTIVITIES_HELD,
                new TargetCriteria(null, ExchangeActivity.Direction.OUTBOUND, null, "city-week", null), 3));
        plan.putTarget(OFFICER, new PlanTarget("first-sister-city", LocalizedText.of("结成首个日本友好城市",
                "A first Japanese sister city"), TargetMeasure.RELATIONSHIPS_SIGNED,
                new TargetCriteria(null, null, null, null, RelationshipKind.SISTER_CITY), 1));
        fieldDelegation(plan, "elderly-care", "健康养老", "Health and elderly care");
        fieldDelegation(plan, "ceramics", "陶瓷", "Ceramics");
        fieldDelegation(plan, "auto-parts", "汽车零部件", "Auto parts");
        fieldDelegation(plan, "tcm", "中医药", "Traditional Chinese medicine");
        fieldDelegation(plan, "agriculture", "农业", "Agriculture");
        fieldDelegation(plan, "culture-tourism", "文化旅游", "Culture and tourism");
        fieldDelegation(plan, "education", "教育", "Education");
        plan.adopt(DIRECTOR, clock.instant());
        plans.insert(plan);
    }

    private static void fieldDelegation(ProgrammePlan plan, String tag, String zh, String en) {
        plan.putTarget(OFFICER, new PlanTarget(tag, LocalizedText.of(zh + "领域团组交流", "Delegations in " + en.toLowerCase()),
                TargetMeasure.ACTIVITIES_HELD, new TargetCriteria(null, null, null, tag, null), 1));
    }

    private Parties parties(PartnerCity partner) {
        return new Parties(ownLevel, partner);
    }

    private static Signing signing(LocalDate date, String place, String partnerSigner) {
        return new Signing(date, place, List.of(new Signatory(Signatory.Side.OUR_CITY, "铜川市市长", "市长"),
                new Signatory(Signatory.Side.PARTNER_CITY, partnerSigner, null)), List.of());
    }

    private LocalDate today() {
        return officeDay.today();
    }
}
