package io.waishi.sistercity.activity;

import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One exchange with a partner city: a delegation going there or one coming here. Planned when the trip
 * or visit is approved; held when it has taken place (a later issue).
 */
@Document("activities")
public class ExchangeActivity extends AggregateRoot {

    public enum Direction { INBOUND, OUTBOUND }

    public enum Status { PLANNED, HELD }

    private final String partnerCityId;
    private final Direction direction;
    private Status status;
    private final LocalizedText title;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final Integer delegationSize;
    private final ActivityOrigin origin;
    private final Instant recordedAt;

    @PersistenceCreator
    ExchangeActivity(String id, Long version, String partnerCityId, Direction direction, Status status,
            LocalizedText title, LocalDate startDate, LocalDate endDate, Integer delegationSize, ActivityOrigin origin,
            Instant recordedAt) {
        super(id, version);
        this.partnerCityId = partnerCityId;
        this.direction = direction;
        this.status = status;
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.delegationSize = delegationSize;
        this.origin = origin;
        this.recordedAt = recordedAt;
    }

    /**
     * An approved outbound delegation to a partner city becomes a planned outbound exchange.
     *
     * @param id derived from the approval event, so the same approval can never plan two activities
     */
    public static ExchangeActivity planOutbound(String id, String partnerCityId, String delegationId,
            LocalizedText title, LocalDate departure, LocalDate returnDate, int delegationSize, Instant now) {
        if (partnerCityId == null || partnerCityId.isBlank()) {
            throw new IllegalArgumentException("An exchange activity needs a partner city");
        }
        if (returnDate.isBefore(departure)) {
            throw new IllegalArgumentException("An activity cannot end before it starts");
        }
        ExchangeActivity activity = new ExchangeActivity(id, null, partnerCityId, Direction.OUTBOUND, Status.PLANNED,
                title, departure, returnDate, delegationSize,
                new ActivityOrigin(ActivityOrigin.Kind.TRAVEL_DELEGATION, delegationId), now);
        activity.record(new ActivityEvents.ActivityRecorded(id, partnerCityId, Direction.OUTBOUND, Status.PLANNED,
                title, departure, returnDate, delegationSize, activity.origin, now));
        return activity;
    }

    public String partnerCityId() {
        return partnerCityId;
    }

    public Direction direction() {
        return direction;
    }

    public Status status() {
        return status;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Integer delegationSize() {
        return delegationSize;
    }

    public ActivityOrigin origin() {
        return origin;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
