package io.waishi.travel.policy;

import io.waishi.platform.domain.ActNotPermittedException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A travel policy parameter with every value it has had and will have. Values are never edited or
 * removed: a change is a new value from a date on, so a file is always judged by the rules of its date.
 */
@Document("policy_parameters")
public class PolicyParameter extends AggregateRoot {

    /** The default values count from this date, before any file the office keeps. */
    static final LocalDate DEFAULTS_EFFECTIVE_FROM = LocalDate.of(2000, 1, 1);

    private final TravelParameter key;
    private final List<PolicyValue> values;

    @PersistenceCreator
    PolicyParameter(String id, Long version, TravelParameter key, List<PolicyValue> values) {
        super(id, version);
        this.key = key;
        this.values = new ArrayList<>(values);
        this.values.sort(Comparator.comparing(PolicyValue::effectiveFrom));
    }

    /** The parameter with its default from the sources, as the system first knows it. */
    public static PolicyParameter withDefault(TravelParameter key, Instant now) {
        return new PolicyParameter(key.name(), null, key, List.of(new PolicyValue(key.defaultValue(),
                DEFAULTS_EFFECTIVE_FROM, key.source(), "system", now)));
    }

    /**
     * An ADMIN sets a new value from a date on. The past stays as it was: a value cannot take effect
     * before today, and a value already scheduled for the same date is replaced.
     */
    public void schedule(Actor actor, BigDecimal value, LocalDate effectiveFrom, String source, LocalDate today,
            Instant now) {
        actor.require("change a policy parameter", Role.ADMIN);
        if (effectiveFrom.isBefore(today)) {
            throw new ActNotPermittedException("change a policy parameter",
                    "a value cannot take effect in the past (" + effectiveFrom + " is before " + today + ")");
        }
        values.removeIf(existing -> existing.effectiveFrom().equals(effectiveFrom));
        values.add(new PolicyValue(value, effectiveFrom, source, actor.userId(), now));
        values.sort(Comparator.comparing(PolicyValue::effectiveFrom));
    }

    /** The value in force on {@code date}. */
    public PolicyValue valueAt(LocalDate date) {
        PolicyValue inForce = null;
        for (PolicyValue value : values) {
            if (!value.effectiveFrom().isAfter(date)) {
                inForce = value;
            }
        }
        if (inForce == null) {
            throw new IllegalStateException(key + " has no value on " + date);
        }
        return inForce;
    }

    /** The next value already decided after {@code date}, if any. */
    public Optional<PolicyValue> nextAfter(LocalDate date) {
        return values.stream().filter(value -> value.effectiveFrom().isAfter(date)).findFirst();
    }

    public TravelParameter key() {
        return key;
    }

    public List<PolicyValue> values() {
        return List.copyOf(values);
    }
}
