package io.waishi.platform.scheduling;

import io.waishi.platform.audit.AuditContext;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Housekeeping that runs when the service starts and then at a fixed delay, on its own thread, for as
 * long as the application context runs. A failed pass is logged and the next one tries again.
 */
public abstract class PeriodicTask implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    protected PeriodicTask(String name, Duration interval) {
        this.name = name;
        this.interval = interval;
    }

    /** One pass of the task. */
    protected abstract void runOnce();

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory(name + "-"));
        scheduler.scheduleWithFixedDelay(this::runSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            // What a pass changes is audited as this task's doing.
            AuditContext.run("task " + name, null, this::runOnce);
        } catch (RuntimeException e) {
            log.warn("{} failed; next attempt in {}: {}", name, interval, e.toString());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
