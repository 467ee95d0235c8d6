package io.waishi.sistercity.care;

import io.waishi.platform.domain.Actor;
import io.waishi.sistercity.OfficeDay;
import io.waishi.sistercity.activity.ExchangeActivities;
import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.partner.PartnerCities;
import io.waishi.sistercity.partner.PartnerCity;
import io.waishi.sistercity.partner.PartnerCityNames;
import io.waishi.sistercity.relationship.Relationship;
import io.waishi.sistercity.relationship.RelationshipKind;
import io.waishi.sistercity.relationship.RelationshipStage;
import io.waishi.sistercity.relationship.Relationships;
import io.waishi.sistercity.relationship.StageChange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeping relationships alive (RULES.md §2): checks every relationship in force against the care policy —
 * dormancy risk for active ones, round anniversaries of the agreement for active and dormant ones (a round
 * anniversary is an occasion to revive a dormant relationship; a terminated one has nothing to celebrate) —
 * and answers the office's lists of relationships at risk and anniversaries coming.
 */
@Service
public class RelationshipCare {

    /** How far ahead the anniversaries list may look. */
    public static final int MAX_WITHIN_MONTHS = 24;

    private static final Logger log = LoggerFactory.getLogger(RelationshipCare.class);
    private static final List<String> IN_FORCE = List.of(RelationshipStage.ACTIVE.name(),
            RelationshipStage.DORMANT.name());

    private final Relationships relationships;
    private final RelationshipWatches watches;
    private final ExchangeActivities activities;
    private final PartnerCities partnerCities;
    private final MongoTemplate mongo;
    private final RelationshipCareProperties properties;
    private final Clock clock;
    private final OfficeDay officeDay;

    RelationshipCare(Relationships relationships, RelationshipWatches watches, ExchangeActivities activities,
            PartnerCities partnerCities, MongoTemplate mongo, RelationshipCareProperties properties, Clock clock,
            OfficeDay officeDay) {
        this.relationships = relationships;
        this.watches = watches;
        this.activities = activities;
        this.partnerCities = partnerCities;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        this.officeDay = officeDay;
    }

    /** What one check found and did. */
    public record Pass(int atRisk, int upcomingAnniversaries, int eventsRecorded) {
    }

    /**
     * One pass over the relationships in force, and over the watches still flagged for relationships that
     * have left the active stage. Saves a watch only when it changed, so a repeated pass writes and
     * publishes nothing. A watch changed meanwhile by another instance is left to the next pass.
     */
    public synchronized Pass check() {
        CarePolicy policy = properties.policy();
        LocalDate today = today();
        Instant now = clock.instant();
        int atRisk = 0;
        int upcoming = 0;
        int events = 0;
        Set<String> active = new HashSet<>();
        for (Relationship relationship : mongo.find(Query.query(Criteria.where("stage").in(IN_FORCE)),
                Relationship.class)) {
            RelationshipWatch watch = watches.findById(relationship.id()).orElseGet(() -> RelationshipWatch.open(
                    relationship.id(), relationship.partnerCityId(), relationship.kind()));
            boolean changed;
            if (relationship.stage() == RelationshipStage.ACTIVE) {
                active.add(relationship.id());
                changed = watch.observe(policy.quiet(lastActivityOn(relationship), today), relationship.kind(),
                        policy.dormancyRiskMonths(), now);
            } else {
                changed = watch.standDown(policy.dormancyRiskMonths(), now);
            }
            if (relationship.agreement() != null) {
                Optional<Anniversary> anniversary = policy.anniversaryToAnnounce(relationship.agreement().date(),
                        today);
                if (anniversary.isPresent()) {
                    upcoming++;
                    if (!watch.hasAnnounced(anniversary.get().years())) {
                        Optional<PartnerCityNames> names = names(relationship.partnerCityId());
                        if (names.isPresent()) {
                            changed |= watch.announce(anniversary.get(), relationship.agreement().date(),
                                    asText(names.get()), now);
                        } else {
                            log.warn("Relationship {}: partner city {} unknown, anniversary not announced",
                                    relationship.id(), relationship.partnerCityId());
                        }
                    }
                }
            }
            int recorded = watch.recordedEvents().size();
            if (!changed || save(watch)) {
                events += changed ? recorded : 0;
                atRisk += watch.atRisk() ? 1 : 0;
            }
        }
        for (RelationshipWatch watch : watches.findByAtRiskTrue()) {
            if (!active.contains(watch.id())) {
                if (watch.standDown(policy.dormancyRiskMonths(), now)) {
                    int recorded = watch.recordedEvents().size();
                    events += save(watch) ? recorded : 0;
                }
            }
        }
        return new Pass(atRisk, upcoming, events);
    }

    private boolean save(RelationshipWatch watch) {
        try {
            watches.save(watch);
            return true;
        } catch (OptimisticLockingFailureException | DuplicateKeyException changedMeanwhile) {
            return false;
        }
    }

    /**
     * The day the relationship's quiet period started: the last held exchange, or the signing — or the day a
     * dormant relationship was revived — if later. Reviving is the office's decision to start again, so it
     * gets a full period before it is flagged.
     */
    private LocalDate lastActivityOn(Relationship relationship) {
        LocalDate signedOn = relationship.agreement() != null ? relationship.agreement().date()
                : relationship.intent().date();
        for (StageChange step : relationship.history()) {
            if (step.from() == RelationshipStage.DORMANT && step.to() == RelationshipStage.ACTIVE
                    && officeDay.dayOf(step.at()).isAfter(signedOn)) {
                signedOn = officeDay.dayOf(step.at());
            }
        }
        Optional<LocalDate> lastExchange = activities.findFirstByPartnerCityIdAndStatusOrderByEndDateDesc(
                relationship.partnerCityId(), ExchangeActivity.Status.HELD).map(ExchangeActivity::endDate);
        return CarePolicy.lastActivityOn(signedOn, lastExchange);
    }

    /** A relationship at risk of dormancy, as the office lists it. */
    public record AtRiskRelationship(String relationshipId, String partnerCityId, PartnerCityNames partnerCityName,
            RelationshipKind kind, RelationshipStage stage, LocalDate lastActivityOn, long monthsQuiet,
            LocalDate atRiskSince, Instant flaggedAt) {
    }

    /** The active relationships flagged at risk at the last check, quietest first. */
    public List<AtRiskRelationship> atRisk(Actor actor) {
        actor.require("read relationships", Relationship.READERS);
        CarePolicy policy = properties.policy();
        LocalDate today = today();
        List<RelationshipWatch> flagged = watches.findByAtRiskTrue();
        Map<String, Relationship> byId = byId(relationships.findAllById(flagged.stream().map(RelationshipWatch::id)
                .toList()), Relationship::id);
        Map<String, PartnerCity> partners = partners(byId.values());
        List<AtRiskRelationship> list = new ArrayList<>();
        for (RelationshipWatch watch : flagged) {
            Relationship relationship = byId.get(watch.id());
            if (relationship == null || relationship.stage() != RelationshipStage.ACTIVE) {
                continue; // left the active stage since the last check, which will clear the flag
            }
            Quiet quiet = policy.quiet(watch.lastActivityOn(), today);
            list.add(new AtRiskRelationship(relationship.id(), relationship.partnerCityId(),
                    Optional.ofNullable(partners.get(relationship.partnerCityId())).map(PartnerCity::names).orElse(null),
                    relationship.kind(), relationship.stage(), watch.lastActivityOn(), quiet.months(),
                    watch.atRiskSince(), watch.flaggedAt()));
        }
        list.sort(Comparator.comparing(AtRiskRelationship::lastActivityOn).thenComparing(
                AtRiskRelationship::relationshipId));
        return list;
    }

    /** A round anniversary coming, as the office lists it. */
    public record UpcomingAnniversary(String relationshipId, String partnerCityId, PartnerCityNames partnerCityName,
            RelationshipKind kind, RelationshipStage stage, LocalDate agreementDate, LocalDate anniversaryDate,
            int years, boolean announced) {
    }

    /**
     * The round anniversaries of relationships in force from today to {@code withinMonths} months ahead
     * (default: the announcement lead time; at most {@value #MAX_WITHIN_MONTHS}), soonest first, each saying
     * whether it was announced.
     */
    public List<UpcomingAnniversary> anniversaries(Actor actor, Integer withinMonths) {
        actor.require("read relationships", Relationship.READERS);
        CarePolicy policy = properties.policy();
        int months = withinMonths == null ? policy.anniversaryLeadMonths()
                : Math.min(Math.max(withinMonths, 1), MAX_WITHIN_MONTHS);
        LocalDate today = today();
        List<Relationship> inForce = mongo.find(Query.query(Criteria.where("stage").in(IN_FORCE)
                .and("agreement").ne(null)), Relationship.class);
        Map<String, RelationshipWatch> watched = byId(watches.findAllById(inForce.stream().map(Relationship::id)
                .toList()), RelationshipWatch::id);
        Map<String, PartnerCity> partners = partners(inForce);
        List<UpcomingAnniversary> list = new ArrayList<>();
        for (Relationship relationship : inForce) {
            RelationshipWatch watch = watched.get(relationship.id());
            for (Anniversary anniversary : policy.anniversariesWithin(relationship.agreement().date(), today, months)) {
                list.add(new UpcomingAnniversary(relationship.id(), relationship.partnerCityId(),
                        Optional.ofNullable(partners.get(relationship.partnerCityId())).map(PartnerCity::names)
                                .orElse(null),
                        relationship.kind(), relationship.stage(), relationship.agreement().date(), anniversary.date(),
                        anniversary.years(), watch != null && watch.hasAnnounced(anniversary.years())));
            }
        }
        list.sort(Comparator.comparing(UpcomingAnniversary::anniversaryDate).thenComparing(
                UpcomingAnniversary::relationshipId));
        return list;
    }

    /** Today in the office's time zone. */
    public LocalDate today() {
        return officeDay.today();
    }

    private Optional<PartnerCityNames> names(String partnerCityId) {
        return partnerCities.findById(partnerCityId).map(PartnerCity::names);
    }

    private Map<String, PartnerCity> partners(Collection<Relationship> of) {
        return byId(partnerCities.findAllById(of.stream().map(Relationship::partnerCityId).distinct().toList()),
                PartnerCity::id);
    }

    private static <T> Map<String, T> byId(Iterable<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    /** The partner's name as events carry it: zh, en and the local name when there is one. */
    static Map<String, String> asText(PartnerCityNames names) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("zh", names.zh());
        text.put("en", names.en());
        if (names.local() != null) {
            text.put("local", names.local());
        }
        return text;
    }
}
