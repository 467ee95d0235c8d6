package io.waishi.travel.demo;

import static io.waishi.travel.delegation.DelegationCategory.ACADEMIC_EXCHANGE;
import static io.waishi.travel.delegation.DelegationCategory.AFTER_SALES;
import static io.waishi.travel.delegation.DelegationCategory.BUSINESS;
import static io.waishi.travel.delegation.DelegationCategory.ECONOMIC_AND_TRADE;
import static io.waishi.travel.delegation.DelegationCategory.GOVERNMENT_EXCHANGE;
import static io.waishi.travel.delegation.DelegationCategory.SISTER_CITY;
import static io.waishi.travel.delegation.DelegationCategory.TECHNICAL;
import static io.waishi.travel.delegation.DelegationStatus.ACCEPTED;
import static io.waishi.travel.delegation.DelegationStatus.APPROVED;
import static io.waishi.travel.delegation.DelegationStatus.BACK_HOME;
import static io.waishi.travel.delegation.DelegationStatus.CANCELLED;
import static io.waishi.travel.delegation.DelegationStatus.CLOSED;
import static io.waishi.travel.delegation.DelegationStatus.CORRECTION_REQUESTED;
import static io.waishi.travel.delegation.DelegationStatus.DEPARTED;
import static io.waishi.travel.delegation.DelegationStatus.DRAFT;
import static io.waishi.travel.delegation.DelegationStatus.PASSPORTS_BACK;
import static io.waishi.travel.delegation.DelegationStatus.PASSPORTS_ISSUED;
import static io.waishi.travel.delegation.DelegationStatus.REJECTED;
import static io.waishi.travel.delegation.DelegationStatus.REPORTED;
import static io.waishi.travel.delegation.DelegationStatus.RESULTS_PUBLISHED;
import static io.waishi.travel.delegation.DelegationStatus.SIGNED;
import static io.waishi.travel.delegation.DelegationStatus.SUBMITTED;
import static io.waishi.travel.delegation.DelegationStatus.WITHDRAWN;
import static io.waishi.travel.delegation.Invitation.InviterKind.ENTERPRISE;
import static io.waishi.travel.delegation.Invitation.InviterKind.GOVERNMENT_BODY;
import static io.waishi.travel.delegation.Invitation.InviterKind.PARTNER_CITY;
import static io.waishi.travel.delegation.Invitation.InviterKind.UNIVERSITY_OR_INSTITUTE;
import static io.waishi.travel.delegation.RankLevel.DEPUTY_BUREAU;
import static io.waishi.travel.delegation.RankLevel.DIVISION;
import static io.waishi.travel.delegation.RankLevel.NONE;
import static io.waishi.travel.delegation.RankLevel.SECTION;
import static io.waishi.travel.delegation.RankLevel.STAFF;
import static io.waishi.travel.demo.DemoFile.file;
import static io.waishi.travel.demo.DemoUnit.EDUCATION;
import static io.waishi.travel.demo.DemoUnit.HEALTH;
import static io.waishi.travel.demo.DemoUnit.MACHINERY;
import static io.waishi.travel.demo.DemoUnit.UNIVERSITY;

import io.waishi.travel.delegation.DelegationCategory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The demo office: who travels, and one file in every state of the workflow, spread over the four units.
 * Dates count from the day the demo is loaded. Each unit goes to a country at most once, so no file meets
 * the six-month rule; the bureaus stay within their default quota of two trips, the machinery group has
 * its quota raised.
 *
 * <pre>
 * unit         file (destination)          state                  trip, days from loading
 * U-MACHINERY  Kazakhstan, Belt and Road   APPROVED               +12, green channel: decided the next day
 *              Ethiopia                    SUBMITTED              +48, waits for the unit's signatory
 *              Pakistan                    ACCEPTED               +30, waits for the director
 *              Türkiye                     PASSPORTS_ISSUED       +3
 *              Indonesia                   DEPARTED               -2 to +2
 *              Germany                     BACK_HOME              -20 to -16, passports overdue since -8
 *              Brazil                      PASSPORTS_BACK         -52 to -47, trip report overdue
 *              Uzbekistan                  REPORTED               -30 to -26
 *              Japan                       REJECTED               +60
 *              Saudi Arabia                CANCELLED              +20
 *              South-East Asia             multi-trip authorisation, granted, one trip at +9
 * U-EDU        Bonghwa County (partner)    CLOSED                 -100 to -96
 *              Yorba Linda (partner)       SIGNED                 +40, waits for the officer
 * U-HEALTH     Singapore                   DRAFT                  +70
 *              Australia                   WITHDRAWN              +50
 * U-UNIV       Manchester                  CORRECTION_REQUESTED   +45
 *              Kazan                       RESULTS_PUBLISHED      -45 to -38, waits to be closed
 * </pre>
 */
final class DemoOffice {

    /** The partner cities of sister-city-service's demo data (its SisterCityDemoData). */
    static final String YORBA_LINDA = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a01";
    static final String BONGHWA = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a02";

    static final DemoPerson CHEN_HONG = DemoPerson.of(1001, EDUCATION, "Chen Hong", "Deputy Director-General",
            DEPUTY_BUREAU);
    static final DemoPerson LIU_YANG = DemoPerson.of(1002, EDUCATION, "Liu Yang", "Head of the exchange section",
            SECTION);
    static final DemoPerson ZHAO_MIN = DemoPerson.of(1003, EDUCATION, "Zhao Min", "Interpreter", STAFF);
    static final DemoPerson XU_WEI = DemoPerson.of(1004, EDUCATION, "Xu Wei", "Director of basic education",
            DIVISION);
    static final DemoPerson MA_LIN = DemoPerson.of(2001, HEALTH, "Ma Lin", "Director of primary health", DIVISION);
    static final DemoPerson GUO_FANG = DemoPerson.of(2002, HEALTH, "Guo Fang", "Programme officer", STAFF);
    static final DemoPerson TANG_HUI = DemoPerson.of(2003, HEALTH, "Tang Hui", "President of the People's Hospital",
            DIVISION);
    static final DemoPerson HAN_BING = DemoPerson.head(3001, MACHINERY, "Han Bing", "President", NONE);
    static final DemoPerson ZHOU_QIANG = DemoPerson.of(3002, MACHINERY, "Zhou Qiang", "Vice-President", NONE);
    static final DemoPerson QIAN_LEI = DemoPerson.of(3003, MACHINERY, "Qian Lei", "Export manager, Central Asia", NONE);
    static final DemoPerson BAI_XUE = DemoPerson.of(3004, MACHINERY, "Bai Xue", "Russian interpreter", NONE);
    static final DemoPerson WU_GANG = DemoPerson.of(3005, MACHINERY, "Wu Gang", "Director of overseas business", NONE);
    static final DemoPerson DENG_YU = DemoPerson.of(3006, MACHINERY, "Deng Yu", "Assembly engineer", NONE);
    static final DemoPerson KONG_JIE = DemoPerson.of(3007, MACHINERY, "Kong Jie", "Chief engineer", NONE);
    static final DemoPerson TIAN_RUI = DemoPerson.of(3008, MACHINERY, "Tian Rui", "Irrigation engineer", NONE);
    static final DemoPerson JIANG_TAO = DemoPerson.of(3009, MACHINERY, "Jiang Tao", "Sales director", NONE);
    static final DemoPerson LU_NA = DemoPerson.of(3010, MACHINERY, "Lu Na", "Sales manager", NONE);
    static final DemoPerson XIE_PENG = DemoPerson.of(3011, MACHINERY, "Xie Peng", "After-sales manager", NONE);
    static final DemoPerson SONG_JIA = DemoPerson.of(3012, MACHINERY, "Song Jia", "Service engineer", NONE);
    static final DemoPerson PAN_YUE = DemoPerson.of(3013, MACHINERY, "Pan Yue", "Design engineer", NONE);
    static final DemoPerson CAO_LIN = DemoPerson.of(3014, MACHINERY, "Cao Lin", "German interpreter", NONE);
    static final DemoPerson FANG_MING = DemoPerson.of(3015, MACHINERY, "Fang Ming", "Service engineer", NONE);
    static final DemoPerson YIN_HAO = DemoPerson.of(3016, MACHINERY, "Yin Hao", "Service engineer", NONE);
    static final DemoPerson LEI_ZHEN = DemoPerson.of(3017, MACHINERY, "Lei Zhen", "Service technician", NONE);
    static final DemoPerson LIN_TAO = DemoPerson.of(4001, UNIVERSITY, "Lin Tao", "Professor of materials science",
            NONE);
    static final DemoPerson YANG_XUE = DemoPerson.of(4002, UNIVERSITY, "Yang Xue", "Associate professor", NONE);
    static final DemoPerson FENG_JIE = DemoPerson.of(4003, UNIVERSITY, "Feng Jie", "Dean of engineering", DIVISION);
    static final DemoPerson HU_BO = DemoPerson.of(4004, UNIVERSITY, "Hu Bo", "Lecturer", NONE);

    static final List<DemoFile> FILES = List.of(
            file("mach-astana", MACHINERY, APPROVED, ECONOMIC_AND_TRADE, "KZ", 12, 5,
                    "赴哈萨克斯坦“一带一路”农机经贸洽谈", "Belt-and-Road farm machinery trade mission to Kazakhstan")
                    .beltAndRoadMission()
                    .invitedBy("Ministry of Trade and Integration of Kazakhstan", GOVERNMENT_BODY)
                    .with(ZHOU_QIANG, QIAN_LEI, BAI_XUE)
                    .doing("Talks on harvester imports at the ministry", "Supply contract with the Kazakh dealers"),
            file("mach-addis", MACHINERY, SUBMITTED, ECONOMIC_AND_TRADE, "ET", 48, 5,
                    "赴埃塞俄比亚洽谈拖拉机组装合作", "Tractor assembly partnership talks in Ethiopia")
                    .invitedBy("Ethiopian Investment Commission", GOVERNMENT_BODY)
                    .with(WU_GANG, DENG_YU)
                    .doing("Talks with the investment commission", "Visit of the assembly site in Adama")
                    .waiting(0),
            file("mach-karachi", MACHINERY, ACCEPTED, TECHNICAL, "PK", 30, 5,
                    "赴巴基斯坦灌溉设备技术交流", "Irrigation equipment technical exchange in Pakistan")
                    .invitedBy("Pakistan Agricultural Research Council", GOVERNMENT_BODY)
                    .with(KONG_JIE, TIAN_RUI)
                    .doing("Seminar on drip irrigation", "Field tests with the council's engineers"),
            file("mach-konya", MACHINERY, PASSPORTS_ISSUED, BUSINESS, "TR", 3, 5,
                    "赴土耳其参加科尼亚农业机械展", "Konya farm machinery fair in Türkiye")
                    .invitedBy("Tüyap Fairs and Exhibitions, Konya", ENTERPRISE)
                    .with(JIANG_TAO, LU_NA)
                    .doing("Stand at the fair", "Meetings with Turkish importers"),
            file("mach-jakarta", MACHINERY, DEPARTED, TECHNICAL, "ID", -2, 5,
                    "赴印度尼西亚开展插秧机技术培训", "Rice transplanter training for dealers in Indonesia")
                    .invitedBy("PT Agro Mesin Nusantara", ENTERPRISE)
                    .with(XIE_PENG, SONG_JIA)
                    .doing("Training of the dealers' mechanics", "Field demonstration in West Java"),
            file("mach-hanover", MACHINERY, BACK_HOME, ECONOMIC_AND_TRADE, "DE", -20, 5,
                    "赴德国参加汉诺威农业机械展", "Farm machinery fair in Hanover")
                    .invitedBy("Deutsche Messe AG", ENTERPRISE)
                    .with(HAN_BING, PAN_YUE, CAO_LIN)
                    .doing("Opening of the group's stand", "Talks with European component makers"),
            file("mach-sao-paulo", MACHINERY, PASSPORTS_BACK, ECONOMIC_AND_TRADE, "BR", -52, 6,
                    "赴巴西参加农业机械展并拜访经销商", "Agrishow fair and dealer visits in Brazil")
                    .invitedBy("Brazilian Machinery Builders' Association", ENTERPRISE)
                    .with(WU_GANG, TIAN_RUI)
                    .doing("Stand at Agrishow", "Visits of three dealers in São Paulo state"),
            file("mach-tashkent", MACHINERY, REPORTED, ECONOMIC_AND_TRADE, "UZ", -30, 5,
                    "赴乌兹别克斯坦推介采棉机", "Cotton picker promotion in Uzbekistan")
                    .invitedBy("Ministry of Agriculture of Uzbekistan", GOVERNMENT_BODY)
                    .with(ZHOU_QIANG, BAI_XUE)
                    .doing("Presentation at the ministry", "Demonstration on a cotton farm near Tashkent"),
            file("mach-osaka", MACHINERY, REJECTED, BUSINESS, "JP", 60, 5,
                    "赴日本考察农机销售渠道", "Study of farm machinery sales channels in Japan")
                    .invitedBy("Kansai Farm Machinery Dealers", ENTERPRISE)
                    .with(KONG_JIE, LU_NA)
                    .doing("Visits of dealers in Osaka", "Visit of a farm cooperative")
                    .because("A study of sales channels needs no delegation: ask the Osaka trade office")
                    .waiting(2),
            file("mach-riyadh", MACHINERY, CANCELLED, TECHNICAL, "SA", 20, 4,
                    "赴沙特阿拉伯进行喷灌设备验收测试", "Acceptance test of irrigation pivots in Saudi Arabia")
                    .invitedBy("Almarai Company", ENTERPRISE)
                    .with(JIANG_TAO, DENG_YU)
                    .doing("Factory acceptance test with the buyer")
                    .because("The buyer postponed the acceptance test to the next season")
                    .waiting(3),
            file("edu-bonghwa", EDUCATION, CLOSED, SISTER_CITY, "KR", -100, 5,
                    "赴韩国奉化郡开展友城教育交流", "Sister-city education exchange with Bonghwa County")
                    .toPartnerCity(BONGHWA)
                    .invitedBy("Bonghwa County Office", PARTNER_CITY)
                    .with(CHEN_HONG, LIU_YANG, ZHAO_MIN)
                    .doing("Talks with the county's education office", "Visits of two partner schools"),
            file("edu-yorba-linda", EDUCATION, SIGNED, SISTER_CITY, "US", 40, 5,
                    "赴美国约巴林达市开展友城教育交流", "Sister-city education exchange with Yorba Linda")
                    .toPartnerCity(YORBA_LINDA)
                    .invitedBy("City of Yorba Linda", PARTNER_CITY)
                    .with(CHEN_HONG, XU_WEI, ZHAO_MIN)
                    .doing("Talks with the city council on school twinning", "Teacher exchange agreement signed")
                    .waiting(2),
            file("health-singapore", HEALTH, DRAFT, GOVERNMENT_EXCHANGE, "SG", 70, 4,
                    "赴新加坡考察社区卫生服务", "Study of community health services in Singapore")
                    .invitedBy("Ministry of Health, Singapore", GOVERNMENT_BODY)
                    .with(MA_LIN, GUO_FANG)
                    .doing("Briefing at the Ministry of Health", "Visit of two polyclinics"),
            file("health-melbourne", HEALTH, WITHDRAWN, GOVERNMENT_EXCHANGE, "AU", 50, 5,
                    "赴澳大利亚学习医院管理", "Hospital management study in Australia")
                    .invitedBy("Department of Health, Victoria", GOVERNMENT_BODY)
                    .with(TANG_HUI, GUO_FANG)
                    .doing("Seminar on hospital management", "Visit of the Royal Melbourne Hospital")
                    .because("The hospital's president is needed at home during the flu season")
                    .waiting(3),
            file("univ-manchester", UNIVERSITY, CORRECTION_REQUESTED, ACADEMIC_EXCHANGE, "GB", 45, 7,
                    "赴英国曼彻斯特大学开展联合研究", "Joint research workshop at the University of Manchester")
                    .invitedBy("University of Manchester", UNIVERSITY_OR_INSTITUTE)
                    .with(LIN_TAO, YANG_XUE)
                    .doing("Joint workshop on graphene composites", "Planning of the joint doctoral programme")
                    .because("Attach the note on the inviter: the partner laboratory and our history with it")
                    .waiting(0),
            file("univ-kazan", UNIVERSITY, RESULTS_PUBLISHED, ACADEMIC_EXCHANGE, "RU", -45, 8,
                    "赴俄罗斯喀山联邦大学访学交流", "Visiting scholars at Kazan Federal University")
                    .invitedBy("Kazan Federal University", UNIVERSITY_OR_INSTITUTE)
                    .with(FENG_JIE, HU_BO)
                    .doing("Lectures at the institute of engineering", "Agreement on student exchange"));

    /** The machinery group's after-sales engineers may go to South-East Asia as often as needed for a year. */
    static final DemoAuthorisation AFTER_SALES_AUTHORISATION = new DemoAuthorisation("mach-after-sales", MACHINERY,
            AFTER_SALES, "After-sales service of the rice harvesters sold in South-East Asia",
            List.of(FANG_MING, YIN_HAO, LEI_ZHEN), List.of("VN", "LA", "KH"),
            List.of(FANG_MING, YIN_HAO), "VN", 9, 4, "Repair of harvesters at the dealers of the Mekong delta");

    private DemoOffice() {
    }

    /**
     * A multi-trip authorisation: requested and granted some weeks before the day of loading, with one trip
     * registered under it a few days ago.
     */
    record DemoAuthorisation(String key, DemoUnit unit, DelegationCategory category, String purpose,
            List<DemoPerson> people, List<String> countries, List<DemoPerson> travellers, String tripCountry,
            int tripDepartsInDays, int tripDays, String tripPurpose) {

        String id() {
            return UUID.nameUUIDFromBytes(("waishi-demo:authorisation:" + key).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
    }
}
