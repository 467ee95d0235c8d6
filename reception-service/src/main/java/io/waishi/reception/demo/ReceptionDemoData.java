package io.waishi.reception.demo;

import io.waishi.platform.demo.DemoDataSet;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import io.waishi.reception.guest.GuestProfile;
import io.waishi.reception.guest.GuestService;
import io.waishi.reception.hospitality.Banquet;
import io.waishi.reception.hospitality.BanquetKind;
import io.waishi.reception.hospitality.GiftGiven;
import io.waishi.reception.hospitality.GiftReceived;
import io.waishi.reception.hospitality.HospitalityService;
import io.waishi.reception.hospitality.RecipientRole;
import io.waishi.reception.plan.InterpreterAssignment;
import io.waishi.reception.plan.ItemKind;
import io.waishi.reception.plan.Lodging;
import io.waishi.reception.plan.Official;
import io.waishi.reception.plan.PlanContent;
import io.waishi.reception.plan.PlanService;
import io.waishi.reception.plan.ScheduleItem;
import io.waishi.reception.plan.Vehicle;
import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.InterpreterProfile;
import io.waishi.reception.resource.Interpreters;
import io.waishi.reception.resource.Venue;
import io.waishi.reception.resource.VenueProfile;
import io.waishi.reception.resource.Venues;
import io.waishi.reception.visit.HostingMode;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitDetails;
import io.waishi.reception.visit.VisitService;
import io.waishi.reception.visit.Visits;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The reception office for the local stack's {@code --demo}: interpreters, venues and visits in several
 * states — Bonghwa County (Korea), a sister city of Tongchuan since June 1997, coming for the 30th anniversary
 * with a full plan, banquet and gifts; Yorba Linda (USA), a sister city since October 2015, requested; a
 * completed and a cancelled one. Fixed ids, loaded once, through the real acts: their events go out through
 * the outbox like any other.
 */
@Component
class ReceptionDemoData implements DemoDataSet {

    static final String BONGHWA_VISIT_ID = "5f3b9a1e-0c4d-4e2a-9b7f-1997060000a1";
    static final String YORBA_LINDA_VISIT_ID = "5f3b9a1e-0c4d-4e2a-9b7f-2015102300b2";
    static final String JAPAN_TRADE_VISIT_ID = "5f3b9a1e-0c4d-4e2a-9b7f-0000000000c3";
    static final String GERMAN_VISIT_ID = "5f3b9a1e-0c4d-4e2a-9b7f-0000000000d4";
    static final String ENGLISH_INTERPRETER = "7a0c2e4f-0000-4000-8000-0000000000e1";
    static final String JAPANESE_INTERPRETER = "7a0c2e4f-0000-4000-8000-0000000000e2";
    static final String KOREAN_INTERPRETER = "7a0c2e4f-0000-4000-8000-0000000000e3";
    static final String MEETING_HALL = "7a0c2e4f-0000-4000-8000-0000000000f1";
    static final String BANQUET_HALL = "7a0c2e4f-0000-4000-8000-0000000000f2";

    /** The partner cities sister-city-service's demo data registers under fixed ids. */
    static final String YORBA_LINDA_PARTNER_CITY_ID = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a01";
    static final String BONGHWA_PARTNER_CITY_ID = "5b1f0d3e-2c4a-4f7e-9a61-0c2d3e4f5a02";

    private static final Logger log = LoggerFactory.getLogger(ReceptionDemoData.class);

    /** The demo stack's reception officer and director (deploy/local demo users "reception" and "director"). */
    private static final Actor RECEPTION = Actor.of("reception", null, Role.RECEPTION_OFFICER);
    private static final Actor DIRECTOR = Actor.of("director", null, Role.FAO_DIRECTOR);

    private final Visits visits;
    private final VisitService visitService;
    private final Interpreters interpreters;
    private final Venues venues;
    private final GuestService guests;
    private final PlanService plans;
    private final HospitalityService hospitality;
    private final ZoneId officeZone;
    private final Clock clock;

    ReceptionDemoData(Visits visits, VisitService visitService, Interpreters interpreters, Venues venues,
            GuestService guests, PlanService plans, HospitalityService hospitality,
            @Value("${waishi.reception.office-zone:Asia/Shanghai}") ZoneId officeZone, Clock clock) {
        this.visits = visits;
        this.visitService = visitService;
        this.interpreters = interpreters;
        this.venues = venues;
        this.guests = guests;
        this.plans = plans;
        this.hospitality = hospitality;
        this.officeZone = officeZone;
        this.clock = clock;
    }

    /**
     * Interpreters for English, Japanese and Korean, two venues, and visits in several states: Bonghwa's 30th
     * anniversary visit with its guests, an approved plan, a banquet and gifts; Yorba Linda's requested; a
     * Japanese trade delegation (no partner city) completed a few weeks ago; a German one cancelled.
     */
    @Override
    public void load() {
        Instant now = now();
        interpreterOnce(ENGLISH_INTERPRETER, "刘畅 Liu Chang", List.of("en"), now);
        interpreterOnce(JAPANESE_INTERPRETER, "高雪 Gao Xue", List.of("ja", "en"), now);
        interpreterOnce(KOREAN_INTERPRETER, "金美英 Jin Meiying", List.of("ko", "en"), now);
        venueOnce(MEETING_HALL, LocalizedText.of("市政府迎宾厅", "City Hall Reception Room"), "新区正阳路", 40, now);
        venueOnce(BANQUET_HALL, LocalizedText.of("铜川宾馆宴会厅", "Tongchuan Hotel Banquet Hall"), "王益区红旗街", 120,
                now);
        LocalDate today = LocalDate.ofInstant(now, officeZone);
        if (requestOnce(YORBA_LINDA_VISIT_ID, yorbaLinda())) {
            log.info("Demo visit {} requested", YORBA_LINDA_VISIT_ID);
        }
        if (requestOnce(BONGHWA_VISIT_ID, bonghwa())) {
            prepareBonghwa();
        }
        if (requestOnce(JAPAN_TRADE_VISIT_ID, japaneseTrade(today.minusDays(40)))) {
            visitService.approveInvitation(DIRECTOR, JAPAN_TRADE_VISIT_ID, null);
            visitService.sendInvitation(RECEPTION, JAPAN_TRADE_VISIT_ID, null);
            LocalDate arrival = today.minusDays(40);
            plans.revise(RECEPTION, JAPAN_TRADE_VISIT_ID, null, new PlanContent(List.of(new ScheduleItem("talks",
                    arrival.atTime(9, 30), arrival.atTime(11, 0), ItemKind.TALKS,
                    LocalizedText.of("汽车零部件合作洽谈", "Talks on auto parts co-operation"), null, MEETING_HALL,
                    List.of(new Official("王副市长", "副市长")),
                    List.of(new InterpreterAssignment(JAPANESE_INTERPRETER, "ja")))), List.of(), List.of(), null));
            visitService.draftPlan(RECEPTION, JAPAN_TRADE_VISIT_ID, null, null);
            visitService.approvePlan(DIRECTOR, JAPAN_TRADE_VISIT_ID, null);
            visitService.start(RECEPTION, JAPAN_TRADE_VISIT_ID, null);
            visitService.complete(RECEPTION, JAPAN_TRADE_VISIT_ID, null, LocalizedText.of(
                    "与两家日本汽车零部件企业签署投资意向，约定明年春季回访。",
                    "Letters of intent with two Japanese auto parts makers; a return visit next spring."));
        }
        if (requestOnce(GERMAN_VISIT_ID, german(today.plusDays(50)))) {
            visitService.cancel(DIRECTOR, GERMAN_VISIT_ID, null, "来宾行程调整，改期另议 The guests changed their plans");
        }
    }

    /** Approved, invited, guests listed, plan drawn up and approved, a banquet and gifts on file. */
    private void prepareBonghwa() {
        visitService.approveInvitation(DIRECTOR, BONGHWA_VISIT_ID, null);
        visitService.sendInvitation(RECEPTION, BONGHWA_VISIT_ID, null);
        String head = guests.add(RECEPTION, BONGHWA_VISIT_ID, null, new GuestProfile("朴贤宇", "PARK Hyun-woo",
                "County Governor", "Bonghwa County", "KR", RankLevel.BUREAU, LocalDate.of(2022, 7, 1), true, true, null,
                null, null, false), null).guest().id();
        guests.add(RECEPTION, BONGHWA_VISIT_ID, null, new GuestProfile("金秀珍", "KIM Soo-jin", null, null, "KR",
                RankLevel.OTHER, null, true, false, head, "No pork", null, false), null);
        guests.add(RECEPTION, BONGHWA_VISIT_ID, null, new GuestProfile("李俊浩", "LEE Jun-ho",
                "Director of Agriculture", "Bonghwa County", "KR", RankLevel.DIVISION, LocalDate.of(2019, 3, 1), true,
                false, null, "Vegetarian", null, true), null);
        LocalDate first = LocalDate.of(2027, 6, 15);
        plans.revise(RECEPTION, BONGHWA_VISIT_ID, null, new PlanContent(List.of(
                new ScheduleItem("welcome", first.plusDays(1).atTime(9, 0), first.plusDays(1).atTime(10, 30),
                        ItemKind.MEETING, LocalizedText.of("市长会见奉化郡守", "The Mayor meets the County Governor"), null,
                        MEETING_HALL, List.of(new Official("张市长", "市长")),
                        List.of(new InterpreterAssignment(KOREAN_INTERPRETER, "ko"))),
                new ScheduleItem("signing", first.plusDays(1).atTime(10, 45), first.plusDays(1).atTime(11, 15),
                        ItemKind.SIGNING, LocalizedText.of("签署青少年与农业交流备忘录",
                                "Signing the youth and farming memorandum"), null, MEETING_HALL,
                        List.of(new Official("张市长", "市长")),
                        List.of(new InterpreterAssignment(KOREAN_INTERPRETER, "ko"))),
                new ScheduleItem("banquet", first.plusDays(1).atTime(18, 0), first.plusDays(1).atTime(20, 0),
                        ItemKind.BANQUET, LocalizedText.of("结好三十周年欢迎宴会", "Welcome banquet for 30 years"), null,
                        BANQUET_HALL, List.of(new Official("王副市长", "副市长")),
                        List.of(new InterpreterAssignment(KOREAN_INTERPRETER, "ko"))),
                new ScheduleItem("orchard", first.plusDays(2).atTime(9, 0), first.plusDays(2).atTime(12, 0),
                        ItemKind.SITE_VISIT, LocalizedText.of("参观苹果示范园", "Apple demonstration orchard"),
                        "印台区苹果示范园", null, List.of(new Official("刘局长", "市农业农村局局长")), List.of())),
                List.of(new Vehicle("中巴 Minibus", null, 19, null)),
                List.of(new Lodging("铜川宾馆 Tongchuan Hotel", "王益区红旗街", first, first.plusDays(3), 8)), null));
        visitService.draftPlan(RECEPTION, BONGHWA_VISIT_ID, null, "首稿 First draft");
        visitService.approvePlan(DIRECTOR, BONGHWA_VISIT_ID, null);
        hospitality.recordBanquet(RECEPTION, BONGHWA_VISIT_ID, null, new Banquet(hospitality.newEntryId(),
                BanquetKind.BANQUET, first.plusDays(1), "王副市长", RankLevel.BUREAU, 24, new BigDecimal("280"), null,
                null));
        hospitality.giveGift(RECEPTION, BONGHWA_VISIT_ID, null, new GiftGiven(hospitality.newEntryId(), head,
                RecipientRole.HEAD_OF_DELEGATION, RankLevel.BUREAU, RankLevel.BUREAU, new BigDecimal("180"), false,
                false, "耀州窑青瓷茶具 Yaozhou celadon tea set", first.plusDays(1), null, null));
        hospitality.receiveGift(RECEPTION, BONGHWA_VISIT_ID, null, new GiftReceived(hospitality.newEntryId(),
                "Bonghwa County", "张市长办公室", new BigDecimal("320"), first.plusDays(1), "松茸礼盒 Pine mushrooms",
                null, null, null));
        log.info("Demo visit {} prepared: guests, approved plan, banquet and gifts", BONGHWA_VISIT_ID);
    }

    private boolean requestOnce(String id, VisitDetails details) {
        if (visits.existsById(id)) {
            return false;
        }
        try {
            visits.save(Visit.request(id, RECEPTION, details, now()));
            return true;
        } catch (DuplicateKeyException alreadyInsertedByAnotherInstance) {
            log.debug("Demo visit {} already present", id);
            return false;
        }
    }

    private void interpreterOnce(String id, String name, List<String> languages, Instant now) {
        if (!interpreters.existsById(id)) {
            interpreters.insert(Interpreter.register(id, RECEPTION, new InterpreterProfile(name, languages, List.of()),
                    now));
        }
    }

    private void venueOnce(String id, LocalizedText name, String address, int capacity, Instant now) {
        if (!venues.existsById(id)) {
            venues.insert(Venue.register(id, RECEPTION, new VenueProfile(name, address, capacity), now));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static VisitDetails bonghwa() {
        return new VisitDetails(
                LocalizedText.of("韩国奉化郡代表团来访暨结好三十周年", "Bonghwa County delegation: 30 years as sister cities"),
                "铜川市人民政府外事办公室", LocalizedText.of("庆祝结好三十周年，商谈青少年与农业交流",
                        "Celebrating 30 years as sister cities; youth and farming exchanges"),
                BONGHWA_PARTNER_CITY_ID, Set.of("KR"), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 18), 12,
                HostingMode.FULL, false, null);
    }

    static VisitDetails yorbaLinda() {
        return new VisitDetails(LocalizedText.of("美国约巴林达市教育代表团来访", "Yorba Linda education delegation"),
                "铜川市教育局", LocalizedText.of("考察友好学校，商谈学生交流", "Partner schools and student exchanges"),
                YORBA_LINDA_PARTNER_CITY_ID, Set.of("US"), LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 16), 6,
                HostingMode.PARTIAL, false, null);
    }

    static VisitDetails japaneseTrade(LocalDate arrival) {
        return new VisitDetails(LocalizedText.of("日本爱知县汽车零部件企业代表团", "Aichi auto parts business delegation"),
                "市商务局", LocalizedText.of("汽车零部件投资合作洽谈", "Investment talks on auto parts"), null,
                Set.of("JP"), arrival, arrival.plusDays(2), 5, HostingMode.SELF_PAID, false, null);
    }

    static VisitDetails german(LocalDate arrival) {
        return new VisitDetails(LocalizedText.of("德国职业教育考察团", "German vocational education delegation"),
                "市教育局", null, null, Set.of("DE"), arrival, arrival.plusDays(3), 7, HostingMode.PARTIAL, false,
                null);
    }
}
