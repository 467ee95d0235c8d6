package io.waishi.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The system clock, to the millisecond as the service's own, that a test moves forward or sets to a moment:
 * the office calendar's "today" and every timestamp follow it. Its zone views share the setting, so a
 * calendar that asks for its own zone still sees the moved time.
 */
public final class TestClock extends Clock {

    /** Import into a test's context ({@code @Import(TestClock.InContext.class)}) to run the service on this clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InContext {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }

    private final AtomicReference<Duration> offset;
    private final AtomicReference<Instant> moment;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(Duration.ZERO), new AtomicReference<>(), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Duration> offset, AtomicReference<Instant> moment, ZoneId zone) {
        this.offset = offset;
        this.moment = moment;
        this.zone = zone;
    }

    /** Moves the running clock forward. */
    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Stops the clock at {@code at}. */
    public void set(Instant at) {
        moment.set(at);
    }

    /** Back to the system's time. */
    public void reset() {
        offset.set(Duration.ZERO);
        moment.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TestClock(offset, moment, newZone);
    }

    @Override
    public Instant instant() {
        Instant set = moment.get();
        return (set != null ? set : Clock.systemUTC().instant().plus(offset.get())).truncatedTo(ChronoUnit.MILLIS);
    }
}
