package io.waishi.travel.demo;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.travel.delegation.Budget;
import io.waishi.travel.delegation.DelegationCategory;
import io.waishi.travel.delegation.DelegationStatus;
import io.waishi.travel.delegation.Attachment;
import io.waishi.travel.delegation.Invitation;
import io.waishi.travel.delegation.Invitation.InviterKind;
import io.waishi.travel.delegation.Member;
import io.waishi.travel.delegation.ScheduleItem;
import io.waishi.travel.delegation.TripPlan;
import io.waishi.travel.delegation.TripReport;
import io.waishi.travel.plan.PlannedTrip;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * One delegation file of the demo office: who goes where and when — dated from the day the demo is loaded —
 * and how far the file has come. Everything else a complete file holds (schedule, budget, invitation
 * letter, report) is made from these few facts, so every file passes every travel rule.
 *
 * @param key           the file's name in the demo; its id is derived from it, so a second load finds it
 * @param reaches       the state the file stands in once loaded
 * @param departsInDays days from the day of loading to the departure, negative for trips already made
 * @param activities    the official business, one day each from the day after arrival
 * @param note          the reason written when the file ends early (rejected, withdrawn, cancelled), or the
 *                      item the officer asks to correct
 * @param waitingDays   working days the file has waited since its last act, for files still at the office
 */
record DemoFile(String key, DemoUnit unit, DelegationStatus reaches, DelegationCategory category, LocalizedText title,
        String country, int departsInDays, int daysAbroad, boolean beltAndRoad, String partnerCityId,
        String invitingBody, InviterKind inviterKind, List<DemoPerson> members, List<String> activities, String note,
        int waitingDays) {

    private static final BigDecimal AIR_TICKET_YUAN = BigDecimal.valueOf(8_500);
    private static final BigDecimal DAILY_ALLOWANCE_YUAN = BigDecimal.valueOf(1_200);
    private static final BigDecimal OFFICIAL_HOURS = BigDecimal.valueOf(6);
    private static final BigDecimal VISIT_HOURS = BigDecimal.valueOf(2);

    DemoFile {
        members = List.copyOf(members);
        activities = List.copyOf(activities);
    }

    static DemoFile file(String key, DemoUnit unit, DelegationStatus reaches, DelegationCategory category,
            String country, int departsInDays, int daysAbroad, String titleZh, String titleEn) {
        return new DemoFile(key, unit, reaches, category, LocalizedText.of(titleZh, titleEn), country, departsInDays,
                daysAbroad, false, null, null, null, List.of(), List.of(), null, 1);
    }

    DemoFile invitedBy(String body, InviterKind kind) {
        return new DemoFile(key, unit, reaches, category, title, country, departsInDays, daysAbroad, beltAndRoad,
                partnerCityId, body, kind, members, activities, note, waitingDays);
    }

    /** The members, the first one leading. */
    DemoFile with(DemoPerson... people) {
        return new DemoFile(key, unit, reaches, category, title, country, departsInDays, daysAbroad, beltAndRoad,
                partnerCityId, invitingBody, inviterKind, List.of(people), activities, note, waitingDays);
    }

    DemoFile doing(String... officialBusiness) {
        return new DemoFile(key, unit, reaches, category, title, country, departsInDays, daysAbroad, beltAndRoad,
                partnerCityId, invitingBody, inviterKind, members, List.of(officialBusiness), note, waitingDays);
    }

    /** A Belt-and-Road trade delegation: the green channel. */
    DemoFile beltAndRoadMission() {
        return new DemoFile(key, unit, reaches, category, title, country, departsInDays, daysAbroad, true,
                partnerCityId, invitingBody, inviterKind, members, activities, note, waitingDays);
    }

    DemoFile toPartnerCity(String id) {
        return new DemoFile(key, unit, reaches, category, title, country, departsInDays, daysAbroad, beltAndRoad, id,
                invitingBody, inviterKind, members, activities, note, waitingDays);
    }

    DemoFile because(String reasonOrCorrection) {
        return new DemoFile(key, unit, reaches, category, title, country, departsInDays, daysAbroad, beltAndRoad,
                partnerCityId, invitingBody, inviterKind, members, activities, reasonOrCorrection, waitingDays);
    }

    DemoFile waiting(int workingDays) {
        return new DemoFile(key, unit, reaches, category, title, country, departsInDays, daysAbroad, beltAndRoad,
                partnerCityId, invitingBody, inviterKind, members, activities, note, workingDays);
    }

    String id() {
        return UUID.nameUUIDFromBytes(("waishi-demo:delegation:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    boolean greenChannel() {
        return beltAndRoad && category == DelegationCategory.ECONOMIC_AND_TRADE;
    }

    LocalDate departure(LocalDate today) {
        return today.plusDays(departsInDays);
    }

    LocalDate returnDate(LocalDate today) {
        return departure(today).plusDays(daysAbroad - 1L);
    }

    /** The year whose annual plan holds the trip: the year of departure. */
    int year(LocalDate today) {
        return departure(today).getYear();
    }

    PlannedTrip plannedTrip(LocalDate today) {
        int quarter = (departure(today).getMonthValue() - 1) / 3 + 1;
        return new PlannedTrip(title, List.of(country), category, quarter, members.size(), null);
    }

    TripPlan tripPlan(LocalDate today, String planItemId) {
        LocalDate departure = departure(today);
        List<Member> delegation = IntStream.range(0, members.size()).mapToObj(i -> members.get(i).member(i == 0))
                .toList();
        return new TripPlan(title, category, beltAndRoad, false, partnerCityId, false, List.of(country), departure,
                returnDate(today), delegation, List.of(), schedule(departure, returnDate(today)), activities,
                new Invitation(invitingBody, "Head of international cooperation",
                        inviterKind == InviterKind.PARTNER_CITY ? "Partner city of our city"
                                : "Counterpart of the " + unit.unitName().enOrZh(),
                        inviterKind, true),
                budget(), planItemId, false, List.of(
                        new Attachment(Attachment.Kind.REQUEST_LETTER, "docs/" + planItemId + "/request-letter.pdf",
                                "请示 / Request letter"),
                        new Attachment(Attachment.Kind.INVITATION, "docs/" + planItemId + "/invitation.pdf",
                                "邀请函 / Invitation")));
    }

    /** The report the unit writes, with {@code photos} photos. */
    TripReport report(int photos, String by, Instant at) {
        return new TripReport(LocalizedText.of(title.zh() + "总结", "Report: " + title.enOrZh()),
                "The delegation carried out the approved schedule: " + String.join("; ", activities) + ".",
                activities, "Nobody left the delegation's schedule; every passport was handed back.",
                budget().total().multiply(BigDecimal.valueOf(0.94)).setScale(0, RoundingMode.HALF_UP),
                List.of("Follow up the agreements reached within three months"),
                IntStream.rangeClosed(1, photos).mapToObj(n -> "demo/" + key + "/photo-" + n + ".jpg").toList(),
                by, at);
    }

    /** One day of official business per activity, then a short visit the hosts arranged, if a day is left. */
    private List<ScheduleItem> schedule(LocalDate departure, LocalDate returnDate) {
        List<ScheduleItem> items = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            items.add(new ScheduleItem(departure.plusDays(1L + i), activities.get(i), OFFICIAL_HOURS, true));
        }
        LocalDate free = departure.plusDays(1L + activities.size());
        if (free.isBefore(returnDate)) {
            items.add(new ScheduleItem(free, "Visit of the city arranged by the hosts", VISIT_HOURS, false));
        }
        return items;
    }

    private Budget budget() {
        BigDecimal people = BigDecimal.valueOf(members.size());
        return new Budget(List.of(
                new Budget.Item("International air tickets", AIR_TICKET_YUAN.multiply(people)),
                new Budget.Item("Lodging, meals and local transport",
                        DAILY_ALLOWANCE_YUAN.multiply(people).multiply(BigDecimal.valueOf(daysAbroad)))),
                "Foreign-affairs budget of the " + unit.unitName().enOrZh(), true);
    }
}
