package io.waishi.gateway;

import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real {@code redis-server} (Debian package {@code redis-server}) run as a child process on a port
 * of its own, without persistence, bound to 127.0.0.1. It can be stopped and started again on the
 * same port. The executable is {@code redis-server} from the PATH unless the system property
 * {@code redis.server} or the environment variable {@code REDIS_SERVER} names another one.
 */
final class RedisServer implements AutoCloseable {

    private final int port;
    private final Path directory;
    private final Path log;
    private final Thread killOnExit;
    private Process process;
    private RedisClient client;

    private RedisServer(int port) {
        this.port = port;
        try {
            this.directory = Files.createTempDirectory("redis-" + port + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.log = directory.resolve("redis.log");
        // Last resort if the JVM ends without close(): never leave a server behind.
        this.killOnExit = new Thread(() -> {
            if (process != null) {
                process.destroyForcibly();
            }
        });
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Not started yet: nothing listens on the port until {@link #start()}. */
    static RedisServer onFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new RedisServer(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the server and waits until it answers PING. */
    synchronized RedisServer start() {
        if (isRunning()) {
            return this;
        }
        List<String> command = List.of(executable(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", directory.toString());
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0)
                    + " (install it: apt-get install redis-server)", e);
        }
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue() + ": " + logText());
            }
            return answersPing();
        });
        return this;
    }

    /** Stops the server (SIGTERM, then SIGKILL if it lingers) and waits until it is gone. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Runs Redis commands on a fresh connection (for assertions and clean-up). */
    synchronized <T> T call(Function<RedisCommands<String, String>, T> commands) {
        if (client == null) {
            client = RedisClient.create(url());
        }
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return commands.apply(connection.sync());
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (client != null) {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }
        } finally {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return "+PONG\r\n".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException notYet) {
            return false;
        }
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static String executable() {
        String configured = System.getProperty("redis.server", System.getenv("REDIS_SERVER"));
        return configured != null && !configured.isBlank() ? configured : "redis-server";
    }
}
