package io.waishi.sistercity.care;

import io.waishi.platform.domain.AggregateRoot;
import io.waishi.sistercity.care.RelationshipWatchEvents.RelationshipAnniversaryUpcoming;
import io.waishi.sistercity.care.RelationshipWatchEvents.RelationshipDormancyRiskChanged;
import io.waishi.sistercity.relationship.RelationshipKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The office's watch over one relationship (same id): whether it is at risk of dormancy, since when, and
 * which round anniversaries were announced. Kept apart from the relationship itself, so that the periodic
 * check never changes the relationship's version that officers edit with If-Match.
 *
 * <p>Every act is idempotent: an event is recorded only when the risk flag actually changes, and each
 * anniversary is announced at most once, so a check that is run again (two passes, a restart, a crash
 * before the save) publishes nothing twice. Saving the watch sends its events through the outbox.
 */
@Document("relationship_watches")
public class RelationshipWatch extends AggregateRoot {

    private final String partnerCityId;
    private RelationshipKind kind;
    private boolean atRisk;
    private LocalDate lastActivityOn;
    private LocalDate atRiskSince;
    private Instant flaggedAt;
    private final Set<Integer> announcedYears;

    @PersistenceCreator
    RelationshipWatch(String id, Long version, String partnerCityId, RelationshipKind kind, boolean atRisk,
            LocalDate lastActivityOn, LocalDate atRiskSince, Instant flaggedAt, Set<Integer> announcedYears) {
        super(id, version);
        this.partnerCityId = partnerCityId;
        this.kind = kind;
        this.atRisk = atRisk;
        this.lastActivityOn = lastActivityOn;
        this.atRiskSince = atRiskSince;
        this.flaggedAt = flaggedAt;
        this.announcedYears = announcedYears == null ? new TreeSet<>() : new TreeSet<>(announcedYears);
    }

    /** Starts watching a relationship: not at risk, nothing announced. */
    public static RelationshipWatch open(String relationshipId, String partnerCityId, RelationshipKind kind) {
        return new RelationshipWatch(relationshipId, null, partnerCityId, kind, false, null, null, null, null);
    }

    /**
     * Takes note of how quiet the relationship (in force) is today. Records a risk change only when the
     * flag changes: flagged when it becomes at risk, cleared when a new exchange brings it back.
     *
     * @return whether the watch changed and needs saving
     */
    public boolean observe(Quiet quiet, RelationshipKind currentKind, int riskMonths, Instant now) {
        boolean changed = !Objects.equals(lastActivityOn, quiet.lastActivityOn()) || kind != currentKind;
        lastActivityOn = quiet.lastActivityOn();
        kind = currentKind;
        if (quiet.atRisk() != atRisk) {
            atRisk = quiet.atRisk();
            atRiskSince = atRisk ? quiet.atRiskSince() : null;
            flaggedAt = atRisk ? now : null;
            recordRiskChange(riskMonths, now);
            changed = true;
        }
        return changed;
    }

    /**
     * The relationship left the active stage (dormant or terminated): it is no longer watched for dormancy.
     * If it was at risk, the risk is cleared and that is announced ({@code atRisk} false, the last activity
     * unchanged), so that every partner's view of the flag ends cleared; the stage change says why.
     *
     * @return whether the watch changed and needs saving
     */
    public boolean standDown(int riskMonths, Instant now) {
        if (!atRisk) {
            return false;
        }
        atRisk = false;
        atRiskSince = null;
        flaggedAt = null;
        recordRiskChange(riskMonths, now);
        return true;
    }

    /**
     * Announces a round anniversary of the agreement, once: a second call for the same number of years
     * records nothing.
     *
     * @return whether it was announced now (and the watch needs saving)
     */
    public boolean announce(Anniversary anniversary, LocalDate agreementDate, Map<String, String> partnerCityName,
            Instant now) {
        if (!announcedYears.add(anniversary.years())) {
            return false;
        }
        record(new RelationshipAnniversaryUpcoming(id(), partnerCityId, Map.copyOf(partnerCityName), kind,
                agreementDate, anniversary.date(), anniversary.years(), now));
        return true;
    }

    private void recordRiskChange(int riskMonths, Instant now) {
        record(new RelationshipDormancyRiskChanged(id(), partnerCityId, kind, atRisk, lastActivityOn, riskMonths,
                now));
    }

    public boolean hasAnnounced(int years) {
        return announcedYears.contains(years);
    }

    public String partnerCityId() {
        return partnerCityId;
    }

    public RelationshipKind kind() {
        return kind;
    }

    public boolean atRisk() {
        return atRisk;
    }

    /** The day the current quiet period started; null until first observed. */
    public LocalDate lastActivityOn() {
        return lastActivityOn;
    }

    /** The first day of the current risk (the day after the quiet period reached the risk months), or null. */
    public LocalDate atRiskSince() {
        return atRiskSince;
    }

    /** When the check flagged the current risk, or null. */
    public Instant flaggedAt() {
        return flaggedAt;
    }

    public Set<Integer> announcedYears() {
        return Set.copyOf(announcedYears);
    }
}
