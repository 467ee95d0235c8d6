package io.waishi.travel.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Finds files by the fields staff search by, and the work queues. */
@Component
public class DelegationSearch {

    private final MongoTemplate mongo;

    DelegationSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Page<Delegation> find(DelegationFilter filter, LocalDate today, Pageable page) {
        List<Criteria> criteria = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            criteria.add(Criteria.where("status").in(filter.statuses()));
        }
        if (filter.unit() != null) {
            criteria.add(Criteria.where("unit").is(filter.unit()));
        }
        if (filter.country() != null) {
            criteria.add(Criteria.where("plan.destinationCountries").is(filter.country()));
        }
        if (filter.category() != null) {
            criteria.add(Criteria.where("plan.category").is(filter.category()));
        }
        if (filter.departureFrom() != null) {
            criteria.add(Criteria.where("plan.departureDate").gte(filter.departureFrom()));
        }
        if (filter.departureTo() != null) {
            criteria.add(Criteria.where("plan.departureDate").lte(filter.departureTo()));
        }
        if (filter.greenChannel() != null) {
            criteria.add(Criteria.where("greenChannel").is(filter.greenChannel()));
        }
        if (filter.overdue() != null) {
            Criteria missedAndOpen = Criteria.where("deadlines").elemMatch(
                    Criteria.where("metAt").is(null).and("dueOn").lt(today));
            criteria.add(filter.overdue() ? missedAndOpen : new Criteria().norOperator(missedAndOpen));
        }
        Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
        return page(query, page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    /** Files in the given states, green-channel first, then in the order they were submitted. */
    public Page<Delegation> queue(List<DelegationStatus> statuses, String unit, Pageable page) {
        Criteria criteria = Criteria.where("status").in(statuses);
        if (unit != null) {
            criteria = criteria.and("unit").is(unit);
        }
        return page(new Query(criteria), PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Order.desc("greenChannel"), Sort.Order.asc("submittedAt"), Sort.Order.asc("createdAt"))));
    }

    /** Every file with a deadline still being watched: what the deadline sweep goes through. */
    public List<Delegation> withOpenDeadlines() {
        return mongo.find(new Query(Criteria.where("deadlines").elemMatch(Criteria.where("metAt").is(null))),
                Delegation.class);
    }

    /** Files that may be concerned by a country's safety alert: before or during their trip, to that country. */
    public List<Delegation> concernedBy(String country) {
        return mongo.find(new Query(new Criteria().orOperator(Criteria.where("plan.destinationCountries").is(country),
                Criteria.where("plan.legs.country").is(country)).and("status").in(java.util.Arrays.stream(DelegationStatus.values())
                        .filter(status -> status.isTripInProgress() || status.awaitsDecision()).toList())),
                Delegation.class);
    }

    /** The unit's other files that still count (not withdrawn, rejected or cancelled). */
    public List<Delegation> liveFilesOf(String unit, String exceptId) {
        Criteria criteria = Criteria.where("unit").is(unit).and("status").in(java.util.Arrays
                .stream(DelegationStatus.values()).filter(DelegationStatus::isLive).filter(s -> s != DelegationStatus.DRAFT)
                .toList());
        if (exceptId != null) {
            criteria = criteria.and("_id").ne(exceptId);
        }
        return mongo.find(new Query(criteria), Delegation.class);
    }

    /**
     * Deadlines missed, by kind: those still open after their day, and for the green channel also the
     * decisions that came late, since a breach stays a breach.
     */
    public java.util.Map<DeadlineKind, Long> missedDeadlines(LocalDate today, java.time.ZoneId zone) {
        java.util.Map<DeadlineKind, Long> missed = new java.util.EnumMap<>(DeadlineKind.class);
        List<Delegation> candidates = mongo.find(new Query(Criteria.where("deadlines").elemMatch(
                Criteria.where("dueOn").lt(today))), Delegation.class);
        for (Delegation delegation : candidates) {
            for (Deadline deadline : delegation.deadlines()) {
                boolean countsForever = deadline.kind() == DeadlineKind.GREEN_CHANNEL_DECISION;
                if ((deadline.isOpen() || countsForever) && deadline.isMissed(today, zone)) {
                    missed.merge(deadline.kind(), 1L, Long::sum);
                }
            }
        }
        return missed;
    }

    public long countByStatus(DelegationStatus status) {
        return mongo.count(new Query(Criteria.where("status").is(status)), Delegation.class);
    }

    private Page<Delegation> page(Query query, Pageable page) {
        long total = mongo.count(query, Delegation.class);
        List<Delegation> content = mongo.find(Query.of(query).with(page), Delegation.class);
        return new PageImpl<>(content, page, total);
    }
}
