package io.waishi.local;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One child process of the stack: started with a command and environment, its stdout+stderr streamed line
 * by line into {@code <data>/logs/<name>.log} and, unless quiet, to the console with a fixed-width prefix.
 * Keeps the last lines in memory for failure reports.
 */
final class ChildProcess {

    static final int PREFIX_WIDTH = 11;
    private static final int TAIL_LINES = 400;

    private final String name;
    private final String prefix;
    private final Path logFile;
    private final Path pidFile;
    private final PrintStream console;
    private final Consumer<String> status;
    private final Deque<String> tail = new ArrayDeque<>();

    private volatile Process process;
    private volatile Thread pump;
    private volatile boolean stopping;

    ChildProcess(String name, String label, Path logFile, Path pidFile, PrintStream console, Consumer<String> status) {
        this.name = name;
        this.prefix = prefix(label);
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.console = console;
        this.status = status;
    }

    static String prefix(String label) {
        StringBuilder text = new StringBuilder(label);
        while (text.length() < PREFIX_WIDTH) {
            text.append(' ');
        }
        return text.append("| ").toString();
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    /** Runs a one-shot command (e.g. Kafka's storage format) to completion; returns its exit code. */
    int run(List<String> command, Map<String, String> environment, Path workingDirectory, Duration timeout) {
        start(command, environment, workingDirectory, true);
        Process current = process;
        if (!waitFor(current, timeout)) {
            current.toHandle().destroyForcibly();
            waitFor(current, Duration.ofSeconds(30));
            finish();
            throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s");
        }
        finish();
        return current.exitValue();
    }

    void start(List<String> command, Map<String, String> environment, Path workingDirectory) {
        start(command, environment, workingDirectory, false);
    }

    private synchronized void start(List<String> command, Map<String, String> environment, Path workingDirectory,
            boolean oneShot) {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(workingDirectory);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            BufferedWriter log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            log.write("==== " + Instant.now() + " starting " + name + ": " + String.join(" ", command));
            log.newLine();
            log.flush();
            stopping = oneShot;
            Process started;
            try {
                started = builder.start();
            } catch (IOException e) {
                log.close();
                throw e;
            }
            started.getOutputStream().close();
            process = started;
            if (pidFile != null && !oneShot) {
                Files.createDirectories(pidFile.getParent());
                Files.writeString(pidFile, Long.toString(started.pid()));
            }
            Thread thread = new Thread(() -> pump(started, log), "waishi-log-" + name);
            thread.setDaemon(true);
            thread.start();
            pump = thread;
            started.onExit().thenAccept(p -> {
                if (!oneShot && p == process && !stopping) {
                    status.accept(name + " exited unexpectedly with code " + p.exitValue()
                            + " (log: " + logFile + ")");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void pump(Process source, BufferedWriter log) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                remember(line);
                try {
                    log.write(line);
                    log.newLine();
                    log.flush();
                } catch (IOException e) {
                    // keep pumping so the child never blocks on a full pipe
                }
                if (console != null) {
                    console.println(prefix + line);
                }
            }
        } catch (IOException e) {
            // the stream closes when the process dies
        } finally {
            try {
                boolean exited = waitFor(source, Duration.ofSeconds(2)); // EOF comes as the process exits
                log.write("==== " + Instant.now() + " " + name + " exited"
                        + (exited ? " with code " + source.exitValue() : ""));
                log.newLine();
                log.close();
            } catch (IOException e) {
                // nothing left to do
            }
        }
    }

    private void remember(String line) {
        synchronized (tail) {
            tail.addLast(line);
            while (tail.size() > TAIL_LINES) {
                tail.removeFirst();
            }
        }
    }

    /** The last {@code lines} lines of output (of this launcher's runs of the process). */
    List<String> tail(int lines) {
        synchronized (tail) {
            List<String> all = new ArrayList<>(tail);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        }
    }

    boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    /**
     * Waits up to {@code timeout} for the process to exit; returns early when it does. Used as the pause of
     * readiness polling loops, so a crashed process is noticed at once.
     */
    boolean awaitExit(Duration timeout) {
        Process current = process;
        if (current == null) {
            return true;
        }
        try {
            current.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !current.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** SIGTERM, wait up to {@code timeout}, then SIGKILL. Returns true when it stopped gracefully. */
    boolean stop(Duration timeout) {
        Process current = process;
        if (current == null) {
            return true;
        }
        stopping = true;
        boolean graceful = true;
        if (current.isAlive()) {
            // through the ProcessHandle: Process.destroy() would also close our end of the child's stdout, and
            // whatever the child logs while shutting down would be lost
            current.toHandle().destroy();
            if (!waitFor(current, timeout)) {
                graceful = false;
                status.accept(name + " did not stop within " + timeout.toSeconds() + " s; killing it");
                current.toHandle().destroyForcibly();
                waitFor(current, Duration.ofSeconds(30));
            }
        }
        finish();
        return graceful;
    }

    /** SIGKILL (kill -9) and wait for the process to be gone. */
    void kill() {
        Process current = process;
        if (current == null) {
            return;
        }
        stopping = true;
        current.toHandle().destroyForcibly();
        waitFor(current, Duration.ofSeconds(30));
        finish();
    }

    private void finish() {
        Thread thread = pump;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pidFile != null) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                // stale pid files are checked before the next start
            }
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
