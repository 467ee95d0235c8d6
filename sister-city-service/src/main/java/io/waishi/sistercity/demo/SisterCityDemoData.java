package io.waishi.sistercity.demo;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.sistercity.OfficeDay;
import io.waishi.sistercity.activity.ExchangeActivities;
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
import io.waishi.sistercity.project.CooperationProject;
import io.waishi.sistercity.project.CooperationProjects;
import io.waishi.sistercity.project.ProjectProposal;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.relationship.CooperationField;
import io.waishi.sistercity.relationship.Parties;
import io.waishi.sistercity.relationship.Relationship;
import io.waishi.sistercity.relationship.RelationshipKind;
import io.waishi.sistercity.relationship.Relationships;
import io.waishi.sistercity.relationship.Signatory;
import io.waishi.sistercity.relationship.Signing;
import java.math.BigDecimal;
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
 * city like Tongchuan, chosen for the demo), exchanges with each, cooperation projects at several stages, and
 * the three-year plan of exchange with Japan with its targets. The exchanges after 2019 and the projects are
 * illustrative, not the office's records.
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
    static final String BONGHWA_FARMING = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
    static final String SETO_CERAMICS = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2e";
    static final String YORBA_LINDA_SCHOOLS = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2f";

    private static final Actor OFFICER = Actor.of("demo-data", null, Role.SISTER_CITY_OFFICER);
    private static final Actor DIRECTOR = Actor.of("demo-data", null, Role.FAO_DIRECTOR);

    private final PartnerCities partnerCities;
    private final Relationships relationships;
    private final ProgrammePlans plans;
    private final ExchangeActivities activities;
    private final CooperationProjects projects;
    private final AdministrativeLevel ownLevel;
    private final OfficeDay officeDay;
    private final Clock clock;

    SisterCityDemoData(PartnerCities partnerCities, Relationships relationships, ProgrammePlans plans,
            ExchangeActivities activities, CooperationProjects projects,
            @Value("${waishi.sister-city.own-level:PREFECTURE_CITY}") AdministrativeLevel ownLevel,
            OfficeDay officeDay, Clock clock) {
        this.partnerCities = partnerCities;
        this.relationships = relationships;
        this.plans = plans;
        this.activities = activities;
        this.projects = projects;
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
        exchangesOnce();
        projectsOnce();
    }

    /**
     * Exchanges with the three partners: Bonghwa's 2019 memorandum visit and a recent one, Yorba Linda's last
     * exchange in August 2023 (so the relationship shows at risk of dormancy), and the first Tongchuan Week in
     * Japan with a ceramics visit back, counted by the Japan plan.
     */
    private void exchangesOnce() {
        exchangeOnce("d1a0c5e2-0001-4c3b-9a7e-5f6a7b8c9d01", BONGHWA, ExchangeActivity.Direction.INBOUND,
                ExchangeActivity.Status.HELD, "奉化郡代表团来访并签署交流合作备忘录",
                "Bonghwa County delegation visits and signs a cooperation memorandum", "2019-10-15", "2019-10-18",
                CooperationField.CULTURE_AND_ARTS, List.of("memorandum"), 8, "签署2019年交流合作备忘录");
        exchangeOnce("d1a0c5e2-0002-4c3b-9a7e-5f6a7b8c9d01", BONGHWA, ExchangeActivity.Direction.OUTBOUND,
                ExchangeActivity.Status.HELD, "铜川青少年艺术团赴奉化郡交流", "Tongchuan youth art troupe in Bonghwa",
                "2026-05-26", "2026-05-30", CooperationField.EDUCATION, List.of("youth", "education"), 12,
                "参加奉化郡松茸节文艺演出，两地学校签署结对协议");
        exchangeOnce("d1a0c5e2-0003-4c3b-9a7e-5f6a7b8c9d01", YORBA_LINDA, ExchangeActivity.Direction.INBOUND,
                ExchangeActivity.Status.HELD, "约巴林达市学生夏令营", "Yorba Linda students' summer camp",
                "2023-08-10", "2023-08-14", CooperationField.EDUCATION, List.of("youth", "education"), 18,
                "18名师生参加汉语与书法夏令营");
        exchangeOnce("d1a0c5e2-0004-4c3b-9a7e-5f6a7b8c9d01", SETO, ExchangeActivity.Direction.OUTBOUND,
                ExchangeActivity.Status.HELD, "日本“铜川周”（濑户）", "Tongchuan Week in Seto", "2025-10-20",
                "2025-10-26", CooperationField.CULTURE_AND_ARTS, List.of("city-week", "ceramics", "culture-tourism"),
                15, "耀州窑陶瓷展与文旅推介，签署陶瓷技艺交流意向");
        exchangeOnce("d1a0c5e2-0005-4c3b-9a7e-5f6a7b8c9d01", SETO, ExchangeActivity.Direction.INBOUND,
                ExchangeActivity.Status.HELD, "濑户市陶艺家代表团来访", "Seto potters visit Tongchuan", "2026-04-13",
                "2026-04-17", CooperationField.CULTURE_AND_ARTS, List.of("ceramics"), 6, "在耀州窑博物馆联合烧制作品");
        exchangeOnce("d1a0c5e2-0006-4c3b-9a7e-5f6a7b8c9d01", SETO, ExchangeActivity.Direction.OUTBOUND,
                ExchangeActivity.Status.PLANNED, "第二届日本“铜川周”", "Second Tongchuan Week in Japan", "2027-03-15",
                "2027-03-21", CooperationField.TOURISM, List.of("city-week", "culture-tourism"), 20, null);
    }

    private void exchangeOnce(String id, String partnerId, ExchangeActivity.Direction direction,
            ExchangeActivity.Status status, String zh, String en, String start, String end, CooperationField field,
            List<String> tags, int size, String outcome) {
        if (!activities.existsById(id)) {
            activities.insert(ExchangeActivity.recordByHand(id, OFFICER, partnerId, true, direction, status,
                    LocalizedText.of(zh, en), LocalDate.parse(start), LocalDate.parse(end), field, tags, size,
                    outcome == null ? null : LocalizedText.of(outcome, null), clock.instant()));
        }
    }

    /** A project at each end of the board: one under way with Bonghwa, one in talks with Seto, one done. */
    private void projectsOnce() {
        if (!projects.existsById(BONGHWA_FARMING)) {
            CooperationProject farming = CooperationProject.propose(BONGHWA_FARMING, OFFICER, new ProjectProposal(
                    BONGHWA, LocalizedText.of("奉化郡—铜川苹果种植技术合作", "Apple growing co-operation with Bonghwa"),
                    "两地农技人员互访，建设示范果园", CooperationField.SCIENCE_AND_TECHNOLOGY, "市农业农村局",
                    "Bonghwa County Agricultural Technology Center", BONGHWA_RELATIONSHIP), clock.instant());
            farming.startNegotiating(OFFICER, null, clock.instant());
            farming.agree(OFFICER, "2025年度合作协议", clock.instant());
            String orchard = farming.addMilestone(OFFICER, LocalizedText.of("示范果园建成", "Demonstration orchard planted"),
                    LocalDate.of(2026, 5, 31));
            farming.addMilestone(OFFICER, LocalizedText.of("第二批农技人员培训", "Second round of training"),
                    LocalDate.of(2027, 6, 30));
            farming.startImplementing(OFFICER, null, clock.instant());
            farming.reachMilestone(OFFICER, orchard, LocalDate.of(2026, 5, 20), officeDay.today(), clock.instant());
            farming.recordFigure(OFFICER, "trainees", LocalizedText.of("培训农技人员", "Technicians trained"),
                    BigDecimal.valueOf(40), "people", clock.instant());
            projects.insert(farming);
        }
        if (!projects.existsById(SETO_CERAMICS)) {
            CooperationProject ceramics = CooperationProject.propose(SETO_CERAMICS, OFFICER, new ProjectProposal(SETO,
                    LocalizedText.of("耀州窑—濑户烧陶瓷技艺交流", "Yaozhou and Seto ceramics exchange"),
                    "互派陶艺家驻留创作，联合举办陶瓷展", CooperationField.CULTURE_AND_ARTS, "市文化和旅游局",
                    "Seto City Cultural Promotion Foundation", SETO_RELATIONSHIP), clock.instant());
            ceramics.startNegotiating(OFFICER, null, clock.instant());
            projects.insert(ceramics);
        }
        if (!projects.existsById(YORBA_LINDA_SCHOOLS)) {
            CooperationProject schools = CooperationProject.propose(YORBA_LINDA_SCHOOLS, OFFICER, new ProjectProposal(
                    YORBA_LINDA, LocalizedText.of("友好学校结对项目", "Partner schools programme"), null,
                    CooperationField.EDUCATION, "市教育局", "Placentia-Yorba Linda Unified School District",
                    YORBA_LINDA_RELATIONSHIP), clock.instant());
            schools.startNegotiating(OFFICER, null, clock.instant());
            schools.agree(OFFICER, null, clock.instant());
            schools.startImplementing(OFFICER, null, clock.instant());
            schools.recordFigure(OFFICER, "students", LocalizedText.of("交流学生", "Students exchanged"),
                    BigDecimal.valueOf(24), "people", clock.instant());
            schools.complete(OFFICER, "三所学校完成结对", clock.instant());
            projects.insert(schools);
        }
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
                new TargetCriteria(null, ExchangeActivity.Direction.OUTBOUND, null, "city-week", null, null), 3));
        plan.putTarget(OFFICER, new PlanTarget("first-sister-city", LocalizedText.of("结成首个日本友好城市",
                "A first Japanese sister city"), TargetMeasure.RELATIONSHIPS_SIGNED,
                new TargetCriteria(null, null, null, null, RelationshipKind.SISTER_CITY, null), 1));
        plan.putTarget(OFFICER, new PlanTarget("ceramics-project", LocalizedText.of("陶瓷合作项目达成协议",
                "A ceramics co-operation project agreed"), TargetMeasure.PROJECTS_REACHING_STAGE,
                new TargetCriteria(null, null, CooperationField.CULTURE_AND_ARTS, null, null, ProjectStage.AGREED), 1));
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
                TargetMeasure.ACTIVITIES_HELD, new TargetCriteria(null, null, null, tag, null, null), 1));
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
