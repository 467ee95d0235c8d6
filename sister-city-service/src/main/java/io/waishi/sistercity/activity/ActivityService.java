package io.waishi.sistercity.activity;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.sistercity.partner.PartnerCities;
import io.waishi.sistercity.relationship.CooperationField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The use cases on exchange activities: an officer's acts (load, let the activity act, save) and what the
 * other services' events do to them. An event about a partner this service has not registered is no
 * exchange with a partner, and is passed over.
 */
@Service
public class ActivityService {

    private static final Logger log = LoggerFactory.getLogger(ActivityService.class);

    private final ExchangeActivities activities;
    private final PartnerCities partnerCities;
    private final Clock clock;

    ActivityService(ExchangeActivities activities, PartnerCities partnerCities, Clock clock) {
        this.activities = activities;
        this.partnerCities = partnerCities;
        this.clock = clock;
    }

    public ExchangeActivity record(Actor officer, String partnerCityId, ExchangeActivity.Direction direction,
            ExchangeActivity.Status status, LocalizedText title, LocalDate startDate, LocalDate endDate,
            CooperationField field, Collection<String> tags, Integer delegationSize, LocalizedText outcome) {
        boolean registered = partnerCityId != null && partnerCities.existsById(partnerCityId);
        return activities.insert(ExchangeActivity.recordByHand(UUID.randomUUID().toString(), officer, partnerCityId,
                registered, direction, status, title, startDate, endDate, field, tags, delegationSize, outcome,
                clock.instant()));
    }

    public ExchangeActivity get(Actor actor, String id) {
        actor.require("read exchange activities", ExchangeActivity.READERS);
        return activities.findById(id).orElseThrow(() -> new NotFoundException("Activity", id));
    }

    public Page<ExchangeActivity> list(Actor actor, ActivityFilter filter, Pageable page) {
        actor.require("read exchange activities", ExchangeActivity.READERS);
        return activities.search(filter, page);
    }

    public ExchangeActivity amend(Actor officer, String id, Long expectedVersion, CooperationField field,
            Collection<String> tags, Integer delegationSize, LocalizedText outcome) {
        return act(officer, id, expectedVersion, activity -> activity.amend(officer, field, tags, delegationSize,
                outcome, clock.instant()));
    }

    public ExchangeActivity hold(Actor officer, String id, Long expectedVersion, LocalDate actualStart,
            LocalDate actualEnd, LocalizedText outcome) {
        return act(officer, id, expectedVersion,
                activity -> activity.hold(officer, actualStart, actualEnd, outcome, clock.instant()));
    }

    public ExchangeActivity cancel(Actor officer, String id, Long expectedVersion, String reason) {
        return act(officer, id, expectedVersion, activity -> activity.cancel(officer, reason, clock.instant()));
    }

    /**
     * A trip or visit with a partner was approved: a planned exchange, unless one is already on file for that
     * trip or visit (a redelivery, or the approval arriving after the return), which only learns a field it
     * did not know.
     */
    public void planned(String eventId, ExchangeFacts facts) {
        Optional<ExchangeActivity> known = activities.findById(ExchangeActivity.idFor(facts.origin()));
        if (known.isPresent()) {
            if (known.get().learn(eventId, facts)) {
                activities.save(known.get());
            }
            return;
        }
        if (isPartner(facts.partnerCityId(), facts.origin())) {
            activities.insert(ExchangeActivity.plan(eventId, facts, clock.instant()));
        }
    }

    /**
     * A trip or visit with a partner took place: its planned activity is held, with the actual dates and
     * the outcome when the event brings them. When this service never saw it planned, it is recorded held.
     */
    public void tookPlace(String eventId, ExchangeFacts facts, LocalizedText outcome) {
        Optional<ExchangeActivity> known = activities.findById(ExchangeActivity.idFor(facts.origin()));
        if (known.isPresent()) {
            ExchangeActivity activity = known.get();
            if (activity.tookPlace(eventId, facts, outcome, clock.instant())) {
                activities.save(activity);
            } else if (activity.status() == ExchangeActivity.Status.CANCELLED) {
                log.info("Event {}: {} took place, but its activity {} was cancelled; left as it is", eventId,
                        facts.origin(), activity.id());
            }
            return;
        }
        if (isPartner(facts.partnerCityId(), facts.origin())) {
            log.info("Event {}: {} took place without a plan on file; recorded as held", eventId, facts.origin());
            activities.insert(ExchangeActivity.heldWithoutPlan(eventId, facts, outcome, clock.instant()));
        }
    }

    /** A trip or visit was called off: its planned activity is cancelled; none on file, nothing to do. */
    public void calledOff(String eventId, ActivityOrigin origin, String reason) {
        Optional<ExchangeActivity> known = activities.findById(ExchangeActivity.idFor(origin));
        if (known.isEmpty()) {
            log.debug("Event {}: {} was called off; no activity on file for it", eventId, origin);
            return;
        }
        if (known.get().calledOff(eventId, reason, clock.instant())) {
            activities.save(known.get());
        }
    }

    private boolean isPartner(String partnerCityId, ActivityOrigin origin) {
        if (partnerCityId == null || partnerCityId.isBlank()) {
            log.debug("{} names no partner city; no exchange to record", origin);
            return false;
        }
        if (!partnerCities.existsById(partnerCityId)) {
            log.info("{} names partner city {}, which is not registered; no exchange recorded", origin, partnerCityId);
            return false;
        }
        return true;
    }

    private ExchangeActivity act(Actor actor, String id, Long expectedVersion, Consumer<ExchangeActivity> act) {
        return Commands.onCurrentVersion(() -> get(actor, id), expectedVersion, act, activities::save);
    }
}
