package io.waishi.travel.passport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, to the millisecond as the service's own, moved forward by a test: the office calendar's
 * "today" and every timestamp follow it. Its zone views share the offset, so a calendar that asks for its
 * own zone still sees the moved time.
 */
final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    MutableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(offset, newZone);
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset.get()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
