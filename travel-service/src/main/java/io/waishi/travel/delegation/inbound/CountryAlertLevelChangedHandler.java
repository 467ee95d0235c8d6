package io.waishi.travel.delegation.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.travel.delegation.SafetyAlerts;
import io.waishi.travel.delegation.SafetyAlert;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Publicity announces a country's new safety alert level; the files going there, before or during the
 * trip, carry it so their clerks and officers see the warning. Each file keeps the event id, so a
 * redelivered announcement changes nothing.
 */
@Component
class CountryAlertLevelChangedHandler extends InboundEventHandler<CountryAlertLevelChangedHandler.AlertLevelChanged> {

    /** The fields of {@code waishi.publicity.country.alert-level-changed.v1} this service needs. */
    record AlertLevelChanged(String countryCode, Integer previousLevel, int level, Instant changedAt) {
    }

    private final SafetyAlerts alerts;

    CountryAlertLevelChangedHandler(SafetyAlerts alerts) {
        super(EventType.COUNTRY_ALERT_LEVEL_CHANGED, AlertLevelChanged.class);
        this.alerts = alerts;
    }

    @Override
    public void handle(InboundEvent<AlertLevelChanged> event) {
        AlertLevelChanged changed = event.data();
        alerts.flag(new SafetyAlert(event.id(), changed.countryCode(), changed.level(), changed.previousLevel(),
                changed.changedAt() == null ? event.time() : changed.changedAt()));
    }
}
