package io.waishi.travel.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Every travel parameter's value on one date: what the rules read. */
public final class PolicySnapshot {

    private final LocalDate date;
    private final Map<TravelParameter, PolicyValue> values;

    public PolicySnapshot(LocalDate date, Map<TravelParameter, PolicyValue> values) {
        this.date = date;
        this.values = new EnumMap<>(values);
        for (TravelParameter parameter : TravelParameter.values()) {
            if (!this.values.containsKey(parameter)) {
                throw new IllegalArgumentException("No value of " + parameter + " on " + date);
            }
        }
    }

    /** The defaults of the sources, for tests and for a service that has not loaded its policy yet. */
    public static PolicySnapshot defaults(LocalDate date) {
        Map<TravelParameter, PolicyValue> values = new EnumMap<>(TravelParameter.class);
        for (TravelParameter parameter : TravelParameter.values()) {
            values.put(parameter, new PolicyValue(parameter.defaultValue(), PolicyParameter.DEFAULTS_EFFECTIVE_FROM,
                    parameter.source(), "system", java.time.Instant.EPOCH));
        }
        return new PolicySnapshot(date, values);
    }

    /** A copy with one parameter changed, for tests and previews. */
    public PolicySnapshot with(TravelParameter parameter, String value) {
        Map<TravelParameter, PolicyValue> changed = new EnumMap<>(values);
        PolicyValue old = values.get(parameter);
        changed.put(parameter, new PolicyValue(new BigDecimal(value), date, "test", "test", old.setAt()));
        return new PolicySnapshot(date, changed);
    }

    public LocalDate date() {
        return date;
    }

    public BigDecimal value(TravelParameter parameter) {
        return values.get(parameter).value();
    }

    public int intValue(TravelParameter parameter) {
        return value(parameter).intValueExact();
    }

    public String source(TravelParameter parameter) {
        return values.get(parameter).source();
    }
}
