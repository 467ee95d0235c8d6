package io.waishi.travel.delegation;

import static io.waishi.travel.delegation.DelegationFixtures.CLERK;
import static io.waishi.travel.delegation.DelegationFixtures.CONTEXT;
import static io.waishi.travel.delegation.DelegationFixtures.DAY;
import static io.waishi.travel.delegation.DelegationFixtures.DIRECTOR;
import static io.waishi.travel.delegation.DelegationFixtures.OFFICER;
import static io.waishi.travel.delegation.DelegationFixtures.SIGNATORY;
import static io.waishi.travel.delegation.DelegationFixtures.TODAY;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The office days of the fixture trip (Japan, 10–14 March 2027) and files brought to each state through the
 * real acts on those days, with the performer each act needs.
 */
final class DelegationJourney {

    static final LocalizedText TITLE = LocalizedText.of("赴日本教育交流", "Education exchange in Japan");
    static final String PARTNER_CITY = "7d0c2f9e-3a34-4d0c-9a53-3f1e2b0c9d11";
    static final LocalDate DEPARTURE = LocalDate.of(2027, 3, 10);
    static final LocalDate RETURN = LocalDate.of(2027, 3, 14);

    /** Friday 20 November 2026: submitted, signed, the pre-trip notice posted, accepted. */
    static final OfficeDay POSTED = DAY;
    /** Friday 27 November 2026: the fifth working day after the posting, so the notice is served. */
    static final OfficeDay NOTICE_SERVED = DelegationFixtures.dayAfter(7);
    static final OfficeDay DEPARTURE_DAY = on(DEPARTURE);
    static final OfficeDay RETURN_DAY = on(RETURN);
    static final OfficeDay PASSPORTS_BACK_DAY = on(LocalDate.of(2027, 3, 17));
    static final OfficeDay REPORT_DAY = on(LocalDate.of(2027, 3, 25));
    static final OfficeDay PUBLICATION_DAY = on(LocalDate.of(2027, 3, 26));
    static final OfficeDay CLOSING_DAY = on(LocalDate.of(2027, 3, 30));

    static final String REJECTION_REASON = "The talks can be held by video conference";
    static final String CANCELLATION_REASON = "The partner board postponed the talks";

    private DelegationJourney() {
    }

    /** The office day on {@code date}, at the fixture's time of day, under the default policy. */
    static OfficeDay on(LocalDate date) {
        return DelegationFixtures.dayAfter(Math.toIntExact(ChronoUnit.DAYS.between(TODAY, date)));
    }

    static Delegation inState(DelegationStatus state) {
        return inState(state, DelegationFixtures.planToJapan());
    }

    /** A file with {@code plan} brought to {@code state} through the acts of the main line, events cleared. */
    static Delegation inState(DelegationStatus state, TripPlan plan) {
        Delegation delegation = Delegation.draft(UUID.randomUUID().toString(), CLERK, plan, DelegationFixtures.NOW);
        walk(delegation, state);
        delegation.recordedEvents().clear();
        return delegation;
    }

    private static void walk(Delegation delegation, DelegationStatus target) {
        if (target == DelegationStatus.DRAFT) {
            return;
        }
        if (target == DelegationStatus.WITHDRAWN) {
            delegation.withdraw(CLERK, "Postponed to next year", POSTED.now());
            return;
        }
        delegation.submit(CLERK, CONTEXT, POSTED);
        if (target == DelegationStatus.SUBMITTED) {
            return;
        }
        delegation.sign(SIGNATORY, POSTED);
        if (target == DelegationStatus.SIGNED) {
            return;
        }
        if (target == DelegationStatus.CORRECTION_REQUESTED) {
            delegation.returnForCorrection(OFFICER, List.of("Attach the invitation's translation"), POSTED);
            return;
        }
        delegation.accept(OFFICER, POSTED.now());
        if (target == DelegationStatus.ACCEPTED) {
            return;
        }
        if (target == DelegationStatus.REJECTED) {
            delegation.reject(DIRECTOR, REJECTION_REASON, NOTICE_SERVED.now());
            return;
        }
        delegation.approve(DIRECTOR, null, false, CONTEXT, NOTICE_SERVED);
        if (target == DelegationStatus.APPROVED) {
            return;
        }
        if (target == DelegationStatus.CANCELLED) {
            delegation.cancel(CLERK, CANCELLATION_REASON, 0, NOTICE_SERVED.now());
            return;
        }
        delegation.issuePassports(OFFICER, delegation.plan().members().size(),
                delegation.passportsDueBack(NOTICE_SERVED.policy()), NOTICE_SERVED.now());
        if (target == DelegationStatus.PASSPORTS_ISSUED) {
            return;
        }
        delegation.depart(CLERK, DEPARTURE, DEPARTURE_DAY);
        if (target == DelegationStatus.DEPARTED) {
            return;
        }
        delegation.recordReturn(CLERK, RETURN, RETURN_DAY);
        if (target == DelegationStatus.BACK_HOME) {
            return;
        }
        delegation.passportsReturned(OFFICER, PASSPORTS_BACK_DAY);
        if (target == DelegationStatus.PASSPORTS_BACK) {
            return;
        }
        delegation.submitReport(CLERK, report(3), REPORT_DAY);
        if (target == DelegationStatus.REPORTED) {
            return;
        }
        delegation.publishResults(CLERK, PUBLICATION_DAY.today(), "Unit website", PUBLICATION_DAY);
        if (target == DelegationStatus.RESULTS_PUBLISHED) {
            return;
        }
        delegation.close(OFFICER, CLOSING_DAY.now());
    }

    /** A complete trip report with {@code photos} photos. */
    static TripReport report(int photos) {
        return new TripReport(LocalizedText.of("与奈良市教育委员会签署教师交流备忘录", "Signed the teacher exchange memorandum"),
                "Talks on 11 March, three schools visited on 12 March", List.of("Sign the teacher exchange memorandum"),
                "No breach of discipline", new BigDecimal("21500"), List.of("Host Nara teachers in autumn 2027"),
                IntStream.rangeClosed(1, photos).mapToObj(i -> "photo-" + i).toList(), CLERK.userId(),
                REPORT_DAY.now());
    }

    /** The office day on which the journey performs {@code act}. */
    static OfficeDay dayOf(DelegationAct act) {
        return switch (act) {
            case REVISE, WAIVE, SUBMIT, SIGN, RECORD_OBJECTION, RESOLVE_OBJECTION, ACCEPT, RETURN_FOR_CORRECTION,
                    RESUBMIT, WITHDRAW -> POSTED;
            case APPROVE, REJECT, ISSUE_PASSPORTS, CANCEL -> NOTICE_SERVED;
            case DEPART -> DEPARTURE_DAY;
            case RECORD_RETURN -> RETURN_DAY;
            case RETURN_PASSPORTS -> PASSPORTS_BACK_DAY;
            case SUBMIT_REPORT -> REPORT_DAY;
            case PUBLISH_RESULTS -> PUBLICATION_DAY;
            case CLOSE -> CLOSING_DAY;
        };
    }

    /** The fixture actor who usually performs {@code act}: the holder of its first role. */
    static Actor performerOf(DelegationAct act) {
        return actorWith(act.roles()[0]);
    }

    static Actor actorWith(Role role) {
        return switch (role) {
            case UNIT_CLERK -> CLERK;
            case UNIT_SIGNATORY -> SIGNATORY;
            case FAO_OFFICER -> OFFICER;
            case FAO_DIRECTOR -> DIRECTOR;
            default -> throw new IllegalArgumentException("No fixture actor performs acts as " + role);
        };
    }

    /**
     * Performs {@code act} on the journey's day with valid arguments, so only the state, the actor and the
     * rules can refuse it. An approval takes the simplified path, which the state table allows from SIGNED.
     * To resolve an objection, one is first recorded where the state allows it.
     */
    static void perform(DelegationAct act, Delegation delegation, Actor actor) {
        OfficeDay day = dayOf(act);
        switch (act) {
            case REVISE -> delegation.revise(actor, DelegationFixtures.plan().daysAbroad(4).build());
            case WAIVE -> delegation.waive(actor, "MAX_DAYS_ABROAD", "Ministerial talks moved by a day", day.now());
            case SUBMIT -> delegation.submit(actor, CONTEXT, day);
            case SIGN -> delegation.sign(actor, day);
            case RECORD_OBJECTION -> delegation.recordObjection(actor, "Letter questioning the trip's purpose",
                    day.today(), day.now());
            case RESOLVE_OBJECTION -> delegation.resolveObjection(actor, anObjectionOn(delegation),
                    "The purpose is set out in the request letter", day.now());
            case ACCEPT -> delegation.accept(actor, day.now());
            case RETURN_FOR_CORRECTION -> delegation.returnForCorrection(actor, List.of("Attach the budget note"), day);
            case RESUBMIT -> delegation.resubmit(actor, CONTEXT, day);
            case APPROVE -> delegation.approve(actor, null, true, CONTEXT, day);
            case REJECT -> delegation.reject(actor, REJECTION_REASON, day.now());
            case WITHDRAW -> delegation.withdraw(actor, "Postponed to next year", day.now());
            case ISSUE_PASSPORTS -> delegation.issuePassports(actor, 2, delegation.passportsDueBack(day.policy()),
                    day.now());
            case CANCEL -> delegation.cancel(actor, CANCELLATION_REASON, 0, day.now());
            case DEPART -> delegation.depart(actor, DEPARTURE, day);
            case RECORD_RETURN -> delegation.recordReturn(actor, RETURN, day);
            case RETURN_PASSPORTS -> delegation.passportsReturned(actor, day);
            case SUBMIT_REPORT -> delegation.submitReport(actor, report(3), day);
            case PUBLISH_RESULTS -> delegation.publishResults(actor, day.today(), "Unit website", day);
            case CLOSE -> delegation.close(actor, day.now());
        }
    }

    private static String anObjectionOn(Delegation delegation) {
        if (!delegation.status().allows(DelegationAct.RECORD_OBJECTION)) {
            return "no-such-objection";
        }
        return delegation.recordObjection(OFFICER, "Anonymous letter about the costs", TODAY, POSTED.now()).id();
    }
}
