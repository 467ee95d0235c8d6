package io.waishi.platform.audit;

import java.util.function.Supplier;

/**
 * What the current thread is doing when it is not serving a request of its own: handling another service's
 * event, running a scheduled task. The platform sets it around inbound events and periodic tasks, so a state
 * change they make is recorded with the act that caused it; a service may set it around work it starts itself.
 */
public final class AuditContext {

    /**
     * @param act   what is being done, e.g. {@code event waishi.travel.delegation.approved.v1} or {@code task deadline-watch}
     * @param cause the id of what caused it, e.g. the event id, or null
     */
    public record Act(String act, String cause) {
    }

    private static final ThreadLocal<Act> CURRENT = new ThreadLocal<>();

    private AuditContext() {
    }

    /** Runs {@code work} as {@code act}; the previous act is restored afterwards. */
    public static void run(String act, String cause, Runnable work) {
        call(act, cause, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(String act, String cause, Supplier<T> work) {
        Act previous = CURRENT.get();
        CURRENT.set(new Act(act, cause));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The act the thread is performing, or null in a request or outside any. */
    public static Act current() {
        return CURRENT.get();
    }
}
