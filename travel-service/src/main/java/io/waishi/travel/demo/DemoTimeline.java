package io.waishi.travel.demo;

import static io.waishi.travel.delegation.DelegationAct.ACCEPT;
import static io.waishi.travel.delegation.DelegationAct.APPROVE;
import static io.waishi.travel.delegation.DelegationAct.CANCEL;
import static io.waishi.travel.delegation.DelegationAct.CLOSE;
import static io.waishi.travel.delegation.DelegationAct.DEPART;
import static io.waishi.travel.delegation.DelegationAct.ISSUE_PASSPORTS;
import static io.waishi.travel.delegation.DelegationAct.PUBLISH_RESULTS;
import static io.waishi.travel.delegation.DelegationAct.RECORD_RETURN;
import static io.waishi.travel.delegation.DelegationAct.REJECT;
import static io.waishi.travel.delegation.DelegationAct.RETURN_FOR_CORRECTION;
import static io.waishi.travel.delegation.DelegationAct.RETURN_PASSPORTS;
import static io.waishi.travel.delegation.DelegationAct.SIGN;
import static io.waishi.travel.delegation.DelegationAct.SUBMIT;
import static io.waishi.travel.delegation.DelegationAct.SUBMIT_REPORT;
import static io.waishi.travel.delegation.DelegationAct.WAIVE;
import static io.waishi.travel.delegation.DelegationAct.WITHDRAW;

import io.waishi.travel.delegation.DelegationAct;
import io.waishi.travel.delegation.DelegationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The acts that bring a demo file to its state, each on the office day it happened. The acts before the
 * trip are counted back in working days from the last of them — today (less the days the file has waited),
 * or the eve of departure once passports are issued — with the time each step takes at the office; the acts
 * after it follow the trip's dates. So a file loaded on any day stands where it should: an approval after
 * the pre-trip notice was served, passports lent before departure, a report after the return.
 *
 * @param draftedOn the day the clerk opened the file
 */
record DemoTimeline(LocalDate draftedOn, List<DatedAct> acts) {

    /** One act and the office day it happened. */
    record DatedAct(DelegationAct act, LocalDate on) {
    }

    /** The main line of the state table: each state, and the act that reaches it. */
    private static final Map<DelegationStatus, DelegationAct> MAIN_LINE = mainLine();

    static DemoTimeline of(DemoFile file, DemoCalendar days, int noticeWorkingDays) {
        List<DelegationAct> acts = actsReaching(file.reaches(), file.greenChannel());
        List<DelegationAct> beforeTrip = acts.stream().filter(act -> !isPartOfTrip(act)).toList();
        LocalDate today = days.today();
        LocalDate departure = file.departure(today);
        LocalDate lastBeforeTrip = beforeTrip.contains(ISSUE_PASSPORTS)
                ? days.workingDayOnOrBefore(departure.minusDays(1).isBefore(today) ? departure.minusDays(1) : today)
                : days.workingDaysBefore(days.workingDayOnOrBefore(today), file.waitingDays());
        // Before the trip, counted back from the last act: each step took its usual working days.
        List<DatedAct> dated = new ArrayList<>();
        LocalDate day = lastBeforeTrip;
        for (int i = beforeTrip.size() - 1; i >= 0; i--) {
            dated.add(0, new DatedAct(beforeTrip.get(i), day));
            day = days.workingDaysBefore(day, workingDaysBefore(beforeTrip.get(i), file.greenChannel(),
                    noticeWorkingDays));
        }
        LocalDate draftedOn = day;
        // The trip and after it, as the trip's dates say.
        LocalDate back = file.returnDate(today);
        for (DelegationAct act : acts.subList(beforeTrip.size(), acts.size())) {
            dated.add(new DatedAct(act, days.recordedOn(switch (act) {
                case DEPART -> departure;
                case RECORD_RETURN -> back;
                case RETURN_PASSPORTS -> back.plusDays(2);
                case SUBMIT_REPORT -> back.plusDays(14);
                case PUBLISH_RESULTS -> back.plusDays(20);
                case CLOSE -> back.plusDays(26);
                default -> throw new IllegalStateException(act + " is not part of the trip");
            })));
        }
        return new DemoTimeline(draftedOn, dated);
    }

    /**
     * The acts from the draft to {@code state}: along the main line, then the side act that ends the file
     * early or sends it back. A green-channel file is not reviewed first: the director waives the notice
     * period and decides the next working day.
     */
    static List<DelegationAct> actsReaching(DelegationStatus state, boolean greenChannel) {
        List<DelegationAct> acts = switch (state) {
            case CORRECTION_REQUESTED -> then(actsReaching(DelegationStatus.SIGNED, false), RETURN_FOR_CORRECTION);
            case REJECTED -> then(actsReaching(DelegationStatus.ACCEPTED, false), REJECT);
            case WITHDRAWN -> then(actsReaching(DelegationStatus.SUBMITTED, false), WITHDRAW);
            case CANCELLED -> then(actsReaching(DelegationStatus.APPROVED, false), CANCEL);
            case DRAFT -> List.of();
            default -> {
                if (!MAIN_LINE.containsKey(state)) {
                    throw new IllegalArgumentException("The demo cannot bring a file to " + state);
                }
                List<DelegationAct> line = new ArrayList<>();
                for (Map.Entry<DelegationStatus, DelegationAct> step : MAIN_LINE.entrySet()) {
                    line.add(step.getValue());
                    if (step.getKey() == state) {
                        break;
                    }
                }
                yield line;
            }
        };
        return greenChannel ? acts.stream().map(act -> act == ACCEPT ? WAIVE : act).toList() : acts;
    }

    /** Working days between the act before and {@code act}: how long each step takes at the office. */
    private static int workingDaysBefore(DelegationAct act, boolean greenChannel, int noticeWorkingDays) {
        return switch (act) {
            case SUBMIT -> 2;
            case SIGN -> greenChannel ? 0 : 1;
            case WAIVE -> 0;
            case ACCEPT, RETURN_FOR_CORRECTION, WITHDRAW -> 2;
            // after the two days of review the notice has run its course: signed + 2 + notice days
            case APPROVE -> greenChannel ? 1 : Math.max(1, noticeWorkingDays);
            case REJECT, ISSUE_PASSPORTS -> 3;
            case CANCEL -> 4;
            default -> throw new IllegalStateException(act + " is dated by the trip");
        };
    }

    private static boolean isPartOfTrip(DelegationAct act) {
        return act == DEPART || act == RECORD_RETURN || act == RETURN_PASSPORTS || act == SUBMIT_REPORT
                || act == PUBLISH_RESULTS || act == CLOSE;
    }

    private static List<DelegationAct> then(List<DelegationAct> acts, DelegationAct last) {
        List<DelegationAct> all = new ArrayList<>(acts);
        all.add(last);
        return all;
    }

    private static Map<DelegationStatus, DelegationAct> mainLine() {
        Map<DelegationStatus, DelegationAct> line = new LinkedHashMap<>();
        line.put(DelegationStatus.SUBMITTED, SUBMIT);
        line.put(DelegationStatus.SIGNED, SIGN);
        line.put(DelegationStatus.ACCEPTED, ACCEPT);
        line.put(DelegationStatus.APPROVED, APPROVE);
        line.put(DelegationStatus.PASSPORTS_ISSUED, ISSUE_PASSPORTS);
        line.put(DelegationStatus.DEPARTED, DEPART);
        line.put(DelegationStatus.BACK_HOME, RECORD_RETURN);
        line.put(DelegationStatus.PASSPORTS_BACK, RETURN_PASSPORTS);
        line.put(DelegationStatus.REPORTED, SUBMIT_REPORT);
        line.put(DelegationStatus.RESULTS_PUBLISHED, PUBLISH_RESULTS);
        line.put(DelegationStatus.CLOSED, CLOSE);
        return line;
    }
}
