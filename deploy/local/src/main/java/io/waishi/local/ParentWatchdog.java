package io.waishi.local;

import java.util.Optional;

/**
 * Runs inside the child JVMs this module starts itself (Kafka, the Mongo wire server): when the launcher
 * that started them disappears without stopping them (kill -9, a crashed test JVM), the child exits
 * through its normal shutdown hooks instead of living on as an orphan.
 */
final class ParentWatchdog {

    /** System property carrying the launcher's pid. */
    static final String PARENT_PID_PROPERTY = "waishi.local.parent-pid";

    private ParentWatchdog() {
    }

    static void watch(String processName) {
        String value = System.getProperty(PARENT_PID_PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        long parentPid = Long.parseLong(value.trim());
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            System.err.println(processName + ": launcher (pid " + parentPid + ") is gone; exiting");
            System.exit(0);
        }
        parent.get().onExit().thenRun(() -> {
            System.err.println(processName + ": launcher (pid " + parentPid + ") exited; shutting down");
            System.exit(0);
        });
    }
}
