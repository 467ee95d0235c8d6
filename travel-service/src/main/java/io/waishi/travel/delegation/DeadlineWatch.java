package io.waishi.travel.delegation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.waishi.platform.scheduling.PeriodicTask;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Watches the files' deadlines: publishes an alert when one comes near and when one is missed (each
 * once, the stage kept in the file), and keeps the office's gauges — files by state, deadlines missed by
 * kind, green-channel breaches — for the dashboards.
 */
@Component
public class DeadlineWatch extends PeriodicTask {

    private final DelegationService service;
    private final DelegationSearch search;
    private final Delegations delegations;
    private final Map<DelegationStatus, AtomicLong> filesByState = new EnumMap<>(DelegationStatus.class);
    private final Map<DeadlineKind, AtomicLong> missedByKind = new EnumMap<>(DeadlineKind.class);

    DeadlineWatch(DelegationService service, DelegationSearch search, Delegations delegations, MeterRegistry meters,
            @Value("${waishi.travel.deadlines.check-interval:PT15M}") java.time.Duration interval) {
        super("deadline-watch", interval);
        this.service = service;
        this.search = search;
        this.delegations = delegations;
        for (DelegationStatus status : DelegationStatus.values()) {
            AtomicLong count = new AtomicLong();
            filesByState.put(status, count);
            Gauge.builder("waishi.travel.delegations", count, AtomicLong::get).tags(Tags.of("state", status.name()))
                    .description("Delegation files by state").register(meters);
        }
        for (DeadlineKind kind : DeadlineKind.values()) {
            AtomicLong count = new AtomicLong();
            missedByKind.put(kind, count);
            Gauge.builder("waishi.travel.deadlines.missed", count, AtomicLong::get).tags(Tags.of("kind", kind.name()))
                    .description("Open deadlines past their day, by kind (green channel: decided late too)")
                    .register(meters);
        }
    }

    @Override
    protected void runOnce() {
        OfficeDay day = service.officeDay();
        for (Delegation delegation : search.withOpenDeadlines()) {
            if (delegation.alertDeadlines(day)) {
                try {
                    delegations.save(delegation);
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // someone acted on the file meanwhile; the next pass looks again at the new version
                }
            }
        }
        filesByState.forEach((status, count) -> count.set(search.countByStatus(status)));
        Map<DeadlineKind, Long> missed = search.missedDeadlines(day.today(), day.calendar().zoneId());
        missedByKind.forEach((kind, count) -> count.set(missed.getOrDefault(kind, 0L)));
    }
}
