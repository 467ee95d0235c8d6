package io.waishi.travel.policy;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.travel.calendar.CalendarService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The travel policy: its parameters, their values on any date, and their changes by an ADMIN. */
@Service
public class TravelPolicy {

    private final PolicyParameters parameters;
    private final CalendarService calendar;
    private final Clock clock;

    TravelPolicy(PolicyParameters parameters, CalendarService calendar, Clock clock) {
        this.parameters = parameters;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The values in force on {@code date}; a parameter never set has its default. */
    public PolicySnapshot at(LocalDate date) {
        Map<TravelParameter, PolicyValue> values = new EnumMap<>(TravelParameter.class);
        for (PolicyParameter parameter : all()) {
            values.put(parameter.key(), parameter.valueAt(date));
        }
        return new PolicySnapshot(date, values);
    }

    /** Every parameter, created with its default the first time it is asked for. */
    public List<PolicyParameter> all() {
        Map<TravelParameter, PolicyParameter> stored = new EnumMap<>(TravelParameter.class);
        parameters.findAll().forEach(parameter -> stored.put(parameter.key(), parameter));
        for (TravelParameter key : TravelParameter.values()) {
            stored.computeIfAbsent(key, this::createWithDefault);
        }
        return stored.values().stream().sorted(Comparator.comparing(PolicyParameter::key)).toList();
    }

    public PolicyParameter get(String key) {
        TravelParameter parameter;
        try {
            parameter = TravelParameter.valueOf(key);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("Policy parameter", key);
        }
        return parameters.findById(parameter.name()).orElseGet(() -> createWithDefault(parameter));
    }

    public PolicyParameter schedule(Actor actor, String key, BigDecimal value, LocalDate effectiveFrom, String source) {
        PolicyParameter parameter = get(key);
        parameter.schedule(actor, value, effectiveFrom, source, calendar.calendar().today(clock),
                clock.instant());
        return parameters.save(parameter);
    }

    private PolicyParameter createWithDefault(TravelParameter key) {
        try {
            return parameters.insert(PolicyParameter.withDefault(key, clock.instant()));
        } catch (DuplicateKeyException createdMeanwhile) {
            return parameters.findById(key.name()).orElseThrow();
        }
    }
}
