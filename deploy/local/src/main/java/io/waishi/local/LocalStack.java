package io.waishi.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * The Waishi local stack: a Kafka broker (KRaft, data on disk), the Mongo wire server on an H2 file, the
 * OpenID Connect provider (identity-service, demo accounts seeded), the four services and the gateway, each a
 * process of its own, started in that order and each waited for until it is ready. The services and the
 * gateway trust the provider's keys (its JWK set), and the gateway signs browsers in through it. Usable from
 * the command line ({@link #main}, wrapped by {@code ./waishi}) and from system tests:
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().randomPorts().dataDir(tempDir).quiet(true).build().start()) {
 *     String token = stack.token("director");          // signs in to the provider as the demo user
 *     // call stack.gatewayUrl(), read stack.kafkaBootstrapServers() ...
 *     stack.kill(LocalStack.TRAVEL);                     // kill -9
 *     stack.start(LocalStack.TRAVEL, Map.of("X", "y"));  // start again, with extra environment
 * }
 * }</pre>
 *
 * Ports are resolved when the stack is built (0 = a free port), so they stay the same across restarts of
 * one process. Child JVMs are stopped by {@link #close()} or, should the caller forget, by a JVM shutdown
 * hook; Kafka and the Mongo wire server also exit by themselves if the launcher JVM dies.
 */
public final class LocalStack implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String MONGO = "mongo";
    public static final String IDENTITY = "identity-service";
    public static final String SISTER_CITY = "sister-city-service";
    public static final String TRAVEL = "travel-service";
    public static final String RECEPTION = "reception-service";
    public static final String PUBLICITY = "publicity-service";
    public static final String GATEWAY = "gateway";
    /** The four services, in the order of their default ports 8081..8084. */
    public static final List<String> SERVICES = List.of(SISTER_CITY, TRAVEL, RECEPTION, PUBLICITY);
    /** Every process of the stack, in start order. */
    public static final List<String> PROCESSES = List.of(KAFKA, MONGO, IDENTITY, SISTER_CITY, TRAVEL, RECEPTION,
            PUBLICITY, GATEWAY);
    /** Version of the service, identity-service and gateway jars looked for under {@code <module>/target/}. */
    public static final String ARTIFACT_VERSION = "0.1.0-SNAPSHOT";

    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_MONGO_PORT = 27017;
    public static final int DEFAULT_GATEWAY_PORT = 8080;
    public static final int DEFAULT_IDENTITY_PORT = 9000;

    /** The password of every demo account ({@link DemoUser#ALL}) the provider seeds. For a developer machine only. */
    public static final String DEMO_PASSWORD = "waishi-demo";
    /** The gateway's client at the provider, and its registration id at the gateway. */
    public static final String CONSOLE_CLIENT_ID = "waishi-console";
    /** The console client's secret in the local stack: the provider's developer default (hashed on start). */
    public static final String CONSOLE_CLIENT_SECRET = "waishi-console-dev-secret";
    /** The partner client (client credentials) the provider registers, and its secret in the local stack. */
    public static final String PARTNER_CLIENT_ID = "waishi-partner";
    public static final String PARTNER_CLIENT_SECRET = "waishi-partner-dev-secret";
    /** The audience of access tokens, what the services and the gateway require. */
    public static final String DEFAULT_AUDIENCE = "waishi";
    /** Access token lifetime in the local stack: longer than the provider's 10 min default, for convenience. */
    public static final Duration DEFAULT_ACCESS_TOKEN_TTL = Duration.ofHours(1);
    /** {@code <data>/run/stack.properties}: where the running stack's provider is, for {@code ./waishi token}. */
    static final String STACK_FILE = "stack.properties";
    public static final List<Integer> DEFAULT_SERVICE_PORTS = List.of(8081, 8082, 8083, 8084);

    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m",
            "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");
    public static final List<String> DEFAULT_KAFKA_JVM_OPTIONS = List.of("-Xms128m", "-Xmx512m",
            "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");
    public static final List<String> DEFAULT_MONGO_JVM_OPTIONS = List.of("-Xms32m", "-Xmx256m",
            "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");

    static final String PROCESS_MARKER_PROPERTY = "waishi.local.process";
    static final String DATA_MARKER_PROPERTY = "waishi.local.data";
    private static final int FAILURE_LOG_LINES = 40;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final Path repoRoot;
    private final Path dataDir;
    private final Map<String, Integer> ports;
    private final int kafkaControllerPort;
    private final boolean demo;
    private final Map<String, Map<String, String>> extraEnv;
    private final Map<String, List<String>> jvmOptions;
    private final Map<String, Path> jars;
    private final Set<String> selected;
    private final Duration readinessTimeout;
    private final Duration stopTimeout;
    private final boolean quiet;
    private final PrintStream output;
    private final Path javaCommand;
    private final String audience;
    private final Duration accessTokenTtl;
    private final boolean newSession;

    private final Map<String, ChildProcess> children = new ConcurrentHashMap<>();
    private final Object lifecycle = new Object();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "waishi-local-stack");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    private volatile SignIn signIn;
    private volatile String childClasspath;
    private volatile boolean started;
    private volatile boolean closed;
    private volatile boolean aborting;
    private FileChannel lockChannel;
    private FileLock lock;
    private Thread shutdownHook;

    private LocalStack(Builder builder) {
        this.repoRoot = builder.repoRoot != null ? builder.repoRoot.toAbsolutePath().normalize() : detectRepoRoot();
        this.dataDir = (builder.dataDir != null ? builder.dataDir : repoRoot.resolve(".waishi"))
                .toAbsolutePath().normalize();
        Set<Integer> taken = new LinkedHashSet<>();
        for (int port : builder.ports.values()) {
            if (port != 0) {
                taken.add(port);
            }
        }
        if (builder.kafkaControllerPort != 0) {
            taken.add(builder.kafkaControllerPort);
        }
        Map<String, Integer> resolved = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            int port = builder.ports.get(name);
            if (port == 0) {
                port = Ports.freePort(taken);
                taken.add(port);
            }
            resolved.put(name, port);
        }
        int controller = builder.kafkaControllerPort;
        if (controller == 0) {
            controller = Ports.freePort(taken);
            taken.add(controller);
        }
        this.ports = Map.copyOf(resolved);
        this.kafkaControllerPort = controller;
        List<Integer> all = new ArrayList<>(resolved.values());
        all.add(controller);
        if (new LinkedHashSet<>(all).size() != all.size()) {
            throw new IllegalArgumentException("two processes would share a port: " + resolved
                    + ", kafka controller " + controller);
        }
        this.demo = builder.demo;
        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        builder.extraEnv.forEach((name, values) -> env.put(name, Map.copyOf(values)));
        this.extraEnv = Map.copyOf(env);
        this.jvmOptions = Map.copyOf(builder.jvmOptions);
        this.jars = Map.copyOf(builder.jars);
        this.selected = builder.only == null ? new LinkedHashSet<>(PROCESSES) : builder.only;
        this.readinessTimeout = builder.readinessTimeout;
        this.stopTimeout = builder.stopTimeout;
        this.quiet = builder.quiet;
        this.output = builder.output;
        this.javaCommand = builder.javaCommand != null ? builder.javaCommand
                : Paths.get(System.getProperty("java.home"), "bin", "java");
        this.audience = builder.audience;
        this.accessTokenTtl = builder.accessTokenTtl;
        this.newSession = builder.newSession && setsid().isPresent();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Command line entry point: {@code up [options]} (the default) or {@code token <user>}; see {@code --help}. */
    public static void main(String[] args) {
        int code = new Cli(System.out, System.err).run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Starts every selected process in order: Kafka and the Mongo wire server (in parallel), the provider
     * (identity-service), the four services (in parallel), then the gateway; returns when all are ready. On
     * failure stops what it started and throws an {@link IllegalStateException} that carries the last log lines
     * of the failed process.
     */
    public LocalStack start() {
        synchronized (lifecycle) {
            if (started || closed) {
                throw new IllegalStateException("a LocalStack starts once; build a new one");
            }
            started = true;
        }
        long begin = System.nanoTime();
        try {
            prepare();
            for (String name : selected) {
                stopLeftover(name);
            }
            List<String> missingJars = new ArrayList<>();
            for (String name : selected) {
                if (isSpringProcess(name) && !Files.isRegularFile(jar(name))) {
                    missingJars.add(jar(name).toString());
                }
            }
            if (!missingJars.isEmpty()) {
                throw new IllegalStateException("missing " + String.join(", ", missingJars)
                        + "; build them with ./mvnw install -DskipTests (or ./waishi up --rebuild)");
            }
            for (String name : selected) {
                checkPortsFree(name);
            }
            status("data dir " + dataDir + (demo ? " (demo data on first start)" : ""));
            startTier(List.of(KAFKA, MONGO), Map.of());
            startTier(List.of(IDENTITY), Map.of());
            startTier(SERVICES, Map.of());
            startTier(List.of(GATEWAY), Map.of());
            status("stack ready in " + seconds(System.nanoTime() - begin));
            return this;
        } catch (RuntimeException | Error e) {
            if (!closed) {
                status("start failed: " + firstLine(e.getMessage()) + "; stopping what was started");
            }
            close();
            throw e;
        }
    }

    /**
     * Starts (or restarts) one process with extra environment variables for this run only, and waits until it
     * is ready. A running process is stopped gracefully first. The stack must have been started.
     */
    public void start(String name, Map<String, String> extraEnvironment) {
        String process = canonical(name);
        if (!started || closed) {
            throw new IllegalStateException("start the stack before (re)starting " + process);
        }
        aborting = false;
        ChildProcess child = child(process);
        if (child.isAlive()) {
            stop(process);
        }
        stopLeftover(process);
        checkPortsFree(process);
        launchAndAwait(process, extraEnvironment == null ? Map.of() : extraEnvironment);
    }

    /** Starts (or restarts) one process with its usual environment; see {@link #start(String, Map)}. */
    public void start(String name) {
        start(name, Map.of());
    }

    /** Stops one process gracefully (SIGTERM, then SIGKILL after the stop timeout). */
    public void stop(String name) {
        String process = canonical(name);
        ChildProcess child = children.get(process);
        if (child != null && child.isAlive()) {
            status("stopping " + process);
            long begin = System.nanoTime();
            boolean graceful = child.stop(stopTimeout);
            status(process + (graceful ? " stopped in " : " killed after ") + seconds(System.nanoTime() - begin));
        }
    }

    /** Kills one process like {@code kill -9} (no shutdown hooks run) and waits until it is gone. */
    public void kill(String name) {
        String process = canonical(name);
        ChildProcess child = children.get(process);
        if (child != null && child.isAlive()) {
            status("killing " + process + " (SIGKILL)");
            child.kill();
        }
    }

    /**
     * Stops everything: the gateway, then the four services (in parallel), then the provider, then Kafka and
     * the Mongo wire server (in parallel), each gracefully with the stop timeout. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            aborting = true;
        }
        boolean anyRunning = children.values().stream().anyMatch(ChildProcess::isAlive);
        if (anyRunning) {
            status("stopping the stack");
        }
        stopTier(List.of(GATEWAY));
        stopTier(SERVICES);
        stopTier(List.of(IDENTITY));
        stopTier(List.of(KAFKA, MONGO));
        if (anyRunning) {
            status("stack stopped; data kept in " + dataDir);
        }
        releaseLock();
        Thread hook = shutdownHook;
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already
            }
        }
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- accessors

    public Path repoRoot() {
        return repoRoot;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean demo() {
        return demo;
    }

    /** The port of a process: Kafka's PLAINTEXT listener, the Mongo wire server, or a service's HTTP port. */
    public int port(String name) {
        return ports.get(canonical(name));
    }

    public int kafkaPort() {
        return ports.get(KAFKA);
    }

    public int kafkaControllerPort() {
        return kafkaControllerPort;
    }

    public int mongoPort() {
        return ports.get(MONGO);
    }

    public int gatewayPort() {
        return ports.get(GATEWAY);
    }

    /** {@code http://127.0.0.1:<gateway port>} */
    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort();
    }

    /** {@code http://127.0.0.1:<port>} of a service (or of the gateway, or of the provider). */
    public String serviceUrl(String name) {
        String process = canonical(name);
        if (!isSpringProcess(process)) {
            throw new IllegalArgumentException(process + " has no HTTP URL");
        }
        return "http://127.0.0.1:" + ports.get(process);
    }

    /** {@code 127.0.0.1:<kafka port>} */
    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort();
    }

    /** {@code mongodb://127.0.0.1:<mongo port>} */
    public String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort();
    }

    /** The H2 file of the Mongo wire server. */
    public Path mongoFile() {
        return dataDir.resolve("mongo").resolve("waishi.mv");
    }

    /** {@code <data>/logs/<name>.log}: everything the process wrote, across runs. */
    public Path logFile(String name) {
        return dataDir.resolve("logs").resolve(canonical(name) + ".log");
    }

    /** The last {@code lines} lines a process wrote since this stack started it. */
    public List<String> logTail(String name, int lines) {
        ChildProcess child = children.get(canonical(name));
        return child == null ? List.of() : child.tail(lines);
    }

    public boolean isRunning(String name) {
        ChildProcess child = children.get(canonical(name));
        return child != null && child.isAlive();
    }

    public OptionalLong pid(String name) {
        ChildProcess child = children.get(canonical(name));
        if (child == null || !child.isAlive()) {
            return OptionalLong.empty();
        }
        return child.process().map(p -> OptionalLong.of(p.pid())).orElse(OptionalLong.empty());
    }

    /** The processes this stack starts (all of {@link #PROCESSES} unless restricted by {@link Builder#only}). */
    public Set<String> processes() {
        return Set.copyOf(selected);
    }

    /** The environment a process gets (without per-run extras passed to {@link #start(String, Map)}). */
    public Map<String, String> environment(String name) {
        return environment(canonical(name), Map.of());
    }

    /** {@code http://127.0.0.1:<identity port>}: the provider, as every process of the stack reaches it. */
    public String identityUrl() {
        return "http://127.0.0.1:" + ports.get(IDENTITY);
    }

    /** The provider's issuer ({@code iss} of its tokens): its URL. */
    public String issuer() {
        return identityUrl();
    }

    /** The provider's JWK set, which the services and the gateway verify tokens with. */
    public String jwkSetUri() {
        return identityUrl() + "/oauth2/jwks";
    }

    /** The audience the provider puts in access tokens and the services require. */
    public String audience() {
        return audience;
    }

    /** Lifetime of the provider's access tokens in this stack. */
    public Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    /** The gateway's sign-in callback, registered for the console client: {@code <gateway>/login/oauth2/code/<id>}. */
    public String consoleRedirectUri() {
        return gatewayUrl() + "/login/oauth2/code/" + CONSOLE_CLIENT_ID;
    }

    /** The provider's database on the stack's Mongo wire server (accounts, authorizations, signing key). */
    public String identityDatabase() {
        return "waishi-identity";
    }

    /**
     * A real access token of a demo user ({@link DemoUser#ALL}), e.g. {@code token("director")}: signed in to the
     * provider with the demo password (authorization code + PKCE through its login form), cached and renewed
     * before it expires. The provider must be running.
     */
    public String token(String demoUser) {
        DemoUser user = DemoUser.find(demoUser)
                .orElseThrow(() -> new IllegalArgumentException("unknown demo user " + demoUser));
        return token(user.username(), DEMO_PASSWORD);
    }

    /** A real access token of any account of the provider (e.g. one an ADMIN created), cached like the demo users'. */
    public String token(String username, String password) {
        return signIn().token(username, password);
    }

    /** Signs in to this stack's provider through the console client; see {@link SignIn}. */
    public SignIn signIn() {
        SignIn current = signIn;
        if (current == null) {
            synchronized (this) {
                if (signIn == null) {
                    signIn = new SignIn(URI.create(identityUrl()), CONSOLE_CLIENT_ID, CONSOLE_CLIENT_SECRET,
                            URI.create(consoleRedirectUri()));
                }
                current = signIn;
            }
        }
        return current;
    }

    // ---------------------------------------------------------------- starting

    private void prepare() {
        try {
            Files.createDirectories(dataDir.resolve("logs"));
            Files.createDirectories(dataDir.resolve("run"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        acquireLock();
        Thread hook = new Thread(() -> {
            if (!closed) {
                status("JVM shutting down (Ctrl-C?): stopping the stack cleanly");
                close();
            }
        }, "waishi-local-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        shutdownHook = hook;
        writeStackFile();
    }

    /**
     * {@code <data>/run/stack.properties}: the provider's URL, the console client and its redirect URI, so that
     * {@code ./waishi token} (another JVM) signs in to this stack whatever its ports.
     */
    private void writeStackFile() {
        Properties properties = new Properties();
        properties.setProperty("identity.url", identityUrl());
        properties.setProperty("gateway.url", gatewayUrl());
        properties.setProperty("console.client-id", CONSOLE_CLIENT_ID);
        properties.setProperty("console.client-secret", CONSOLE_CLIENT_SECRET);
        properties.setProperty("console.redirect-uri", consoleRedirectUri());
        Path file = dataDir.resolve("run").resolve(STACK_FILE);
        try (var out = Files.newOutputStream(file)) {
            properties.store(out, "the local stack's provider, for ./waishi token (written on every start)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void startTier(List<String> names, Map<String, String> extra) {
        List<String> wanted = names.stream().filter(selected::contains).toList();
        if (wanted.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (String name : wanted) {
            futures.add(CompletableFuture.runAsync(() -> {
                try {
                    launchAndAwait(name, extra);
                } catch (RuntimeException | Error e) {
                    aborting = true;
                    throw e;
                }
            }, executor));
        }
        RuntimeException failure = null;
        for (CompletableFuture<Void> future : futures) {
            try {
                future.join();
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
                if (failure == null || failure instanceof StartAborted) {
                    if (failure != null && !(cause instanceof StartAborted)) {
                        cause.addSuppressed(failure);
                    }
                    failure = cause;
                } else if (!(cause instanceof StartAborted)) {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void launchAndAwait(String name, Map<String, String> extra) {
        long begin = System.nanoTime();
        ChildProcess child = child(name);
        switch (name) {
            case KAFKA -> {
                KafkaConfig.writeChildLogConfig(dataDir);
                Path config = KafkaConfig.write(dataDir, kafkaPort(), kafkaControllerPort);
                if (!KafkaConfig.isFormatted(dataDir)) {
                    String clusterId = Uuid.randomUuid().toString();
                    status("formatting Kafka storage in " + KafkaConfig.logDirectory(dataDir)
                            + " (cluster id " + clusterId + ")");
                    List<String> format = javaCommand(KAFKA, List.of("-Xmx256m", "-XX:+UseSerialGC"), true);
                    format.addAll(List.of("-cp", childClasspath(), "kafka.tools.StorageTool", "format",
                            "--cluster-id", clusterId, "--config", config.toString(), "--ignore-formatted"));
                    int exit;
                    synchronized (lifecycle) {
                        if (closed) {
                            throw new StartAborted();
                        }
                    }
                    exit = child.run(format, environment(name, extra), dataDir, Duration.ofSeconds(120));
                    if (exit != 0 || !KafkaConfig.isFormatted(dataDir)) {
                        throw failure(child, "Kafka storage format failed with exit code " + exit);
                    }
                }
                status("starting kafka on " + kafkaBootstrapServers() + " (controller 127.0.0.1:"
                        + kafkaControllerPort + ")");
                List<String> command = javaCommand(KAFKA, jvmOptions(KAFKA), true);
                command.addAll(List.of("-cp", childClasspath(), KafkaBrokerMain.class.getName(), config.toString()));
                launch(child, command, environment(name, extra));
                try (Admin admin = Admin.create(readinessAdminProperties())) {
                    awaitReady(child, () -> kafkaReady(admin));
                }
            }
            case MONGO -> {
                KafkaConfig.writeChildLogConfig(dataDir);
                status("starting mongo on " + mongoUri() + " (H2 file " + mongoFile() + ")");
                List<String> command = javaCommand(MONGO, jvmOptions(MONGO), true);
                command.addAll(List.of("-cp", childClasspath(), MongoWireServerMain.class.getName(),
                        "--host", "127.0.0.1", "--port", Integer.toString(mongoPort()),
                        "--file", mongoFile().toString()));
                launch(child, command, environment(name, extra));
                awaitReady(child, () -> Ports.isListening(mongoPort(), 1000));
            }
            default -> {
                Path jar = jar(name);
                if (IDENTITY.equals(name)) {
                    status("starting " + name + " on " + serviceUrl(name) + " (issuer " + issuer()
                            + ", demo accounts seeded)");
                } else {
                    status("starting " + name + " on " + serviceUrl(name));
                }
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException("missing " + jar
                            + "; build it with ./mvnw install -DskipTests (or ./waishi up --rebuild)");
                }
                List<String> command = javaCommand(name, jvmOptions(name), false);
                command.addAll(List.of("-jar", jar.toString()));
                launch(child, command, environment(name, extra));
                String readiness = serviceUrl(name) + "/actuator/health/readiness";
                awaitReady(child, () -> httpOk(readiness));
            }
        }
        status(name + " ready in " + seconds(System.nanoTime() - begin));
    }

    private void launch(ChildProcess child, List<String> command, Map<String, String> environment) {
        synchronized (lifecycle) {
            if (closed) {
                throw new StartAborted();
            }
            child.start(command, environment, dataDir);
        }
    }

    private List<String> javaCommand(String name, List<String> options, boolean ownMain) {
        List<String> command = new ArrayList<>();
        if (newSession) {
            // own session: a Ctrl-C in the terminal reaches only the launcher, which stops the children in order
            command.add(setsid().orElseThrow().toString());
        }
        command.add(javaCommand.toString());
        command.addAll(options);
        command.add("-D" + PROCESS_MARKER_PROPERTY + "=" + name);
        command.add("-D" + DATA_MARKER_PROPERTY + "=" + dataDir);
        if (ownMain) {
            command.add("-D" + ParentWatchdog.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
            command.add("-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2-children.properties"));
        }
        return command;
    }

    private List<String> jvmOptions(String name) {
        List<String> options = jvmOptions.get(name);
        if (options != null) {
            return options;
        }
        return switch (name) {
            case KAFKA -> DEFAULT_KAFKA_JVM_OPTIONS;
            case MONGO -> DEFAULT_MONGO_JVM_OPTIONS;
            default -> DEFAULT_SERVICE_JVM_OPTIONS;
        };
    }

    private Map<String, String> environment(String name, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        if (isSpringProcess(name)) {
            env.put("SERVER_PORT", Integer.toString(ports.get(name)));
            // the readiness probe the stack waits for; Boot only adds it by itself on Kubernetes
            env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        }
        if (SERVICES.contains(name) || GATEWAY.equals(name)) {
            // trust the provider: its keys (fetched when the first token arrives), its issuer, our audience
            env.put("WAISHI_SECURITY_JWT_JWK_SET_URI", jwkSetUri());
            env.put("WAISHI_SECURITY_JWT_ISSUER", issuer());
            env.put("WAISHI_SECURITY_JWT_AUDIENCE", audience);
        }
        if (IDENTITY.equals(name)) {
            env.put("MONGODB_URI", mongoUri());
            env.put("WAISHI_IDENTITY_ISSUER", issuer());
            env.put("WAISHI_IDENTITY_AUDIENCE", audience);
            env.put("WAISHI_IDENTITY_ACCESS_TOKEN_TTL", accessTokenTtl.toSeconds() + "s");
            env.put("WAISHI_IDENTITY_DEMO_USERS", "true"); // idempotent: only missing accounts are created
            env.put("WAISHI_IDENTITY_DEMO_PASSWORD", DEMO_PASSWORD);
            env.put("WAISHI_CONSOLE_CLIENT_ID", CONSOLE_CLIENT_ID);
            env.put("WAISHI_CONSOLE_CLIENT_SECRET", CONSOLE_CLIENT_SECRET);
            // a browser may open the gateway as 127.0.0.1 or as localhost: the callback is {baseUrl}/...
            env.put("WAISHI_CONSOLE_REDIRECT_URIS", String.join(",", consoleRedirectUri(),
                    consoleRedirectUri().replace("127.0.0.1", "localhost")));
            env.put("WAISHI_CONSOLE_POST_LOGOUT_REDIRECT_URIS", String.join(",", gatewayUrl() + "/",
                    gatewayUrl().replace("127.0.0.1", "localhost") + "/"));
            env.put("WAISHI_PARTNER_CLIENT_ID", PARTNER_CLIENT_ID);
            env.put("WAISHI_PARTNER_CLIENT_SECRET", PARTNER_CLIENT_SECRET);
        }
        if (SERVICES.contains(name)) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
            env.put("WAISHI_KAFKA_REPLICATION_FACTOR", "1"); // one broker
            env.put("MONGODB_URI", mongoUri());
            env.put("WAISHI_DEMO_DATA_ENABLED", Boolean.toString(demo));
        }
        if (GATEWAY.equals(name)) {
            env.put("GATEWAY_PORT", Integer.toString(gatewayPort()));
            for (String service : SERVICES) {
                env.put(urlVariable(service), serviceUrl(service));
            }
            env.put(urlVariable(IDENTITY), identityUrl()); // user administration for the console
            // browser sign-in through the provider; explicit endpoints, so nothing is fetched at start-up
            env.put("WAISHI_GATEWAY_LOGIN_CLIENT_ID", CONSOLE_CLIENT_ID);
            env.put("WAISHI_GATEWAY_LOGIN_CLIENT_SECRET", CONSOLE_CLIENT_SECRET);
            env.put("WAISHI_GATEWAY_LOGIN_ISSUER_URI", issuer());
            env.put("WAISHI_GATEWAY_LOGIN_AUTHORIZATION_URI", identityUrl() + "/oauth2/authorize");
            env.put("WAISHI_GATEWAY_LOGIN_TOKEN_URI", identityUrl() + "/oauth2/token");
            env.put("WAISHI_GATEWAY_LOGIN_JWK_SET_URI", jwkSetUri());
            env.put("WAISHI_GATEWAY_LOGIN_USER_INFO_URI", identityUrl() + "/userinfo");
            env.put("WAISHI_GATEWAY_LOGIN_END_SESSION_URI", identityUrl() + "/connect/logout");
            env.put("WAISHI_GATEWAY_LOGIN_POST_LOGOUT_REDIRECT_URI", "{baseUrl}/");
            env.put("WAISHI_GATEWAY_LOGIN_COOKIE_SECURE", "false"); // plain http on a developer machine
        }
        if (isSpringProcess(name)) {
            env.putAll(extraEnv.getOrDefault(ALL_SPRING_PROCESSES, Map.of()));
        }
        env.putAll(extraEnv.getOrDefault(name, Map.of()));
        env.putAll(extra);
        return env;
    }

    /** {@code travel-service} -> {@code TRAVEL_SERVICE_URL} */
    static String urlVariable(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    private void awaitReady(ChildProcess child, BooleanSupplier probe) {
        long deadline = System.nanoTime() + readinessTimeout.toNanos();
        while (true) {
            if (probe.getAsBoolean()) {
                return;
            }
            if (!child.isAlive()) {
                child.awaitExit(Duration.ofSeconds(5)); // let the last lines arrive
                int code = child.process().map(Process::exitValue).orElse(-1);
                throw failure(child, child.name() + " exited with code " + code + " before it was ready");
            }
            if (aborting) {
                throw new StartAborted();
            }
            if (System.nanoTime() - deadline > 0) {
                throw failure(child, child.name() + " was not ready within " + readinessTimeout.toSeconds()
                        + " s (raise it with --readiness-timeout)");
            }
            child.awaitExit(POLL_INTERVAL);
        }
    }

    private IllegalStateException failure(ChildProcess child, String message) {
        List<String> lines = child.tail(FAILURE_LOG_LINES);
        StringBuilder text = new StringBuilder(message).append("; last ").append(lines.size())
                .append(" lines of ").append(child.logFile()).append(':');
        for (String line : lines) {
            text.append('\n').append("    ").append(line);
        }
        status(text.toString());
        return new IllegalStateException(text.toString());
    }

    private Properties readinessAdminProperties() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers());
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "waishi-local-readiness");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 100);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return properties;
    }

    private static boolean kafkaReady(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean httpOk(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void checkPortsFree(String name) {
        List<Integer> needed = new ArrayList<>(List.of(ports.get(name)));
        if (KAFKA.equals(name)) {
            needed.add(kafkaControllerPort);
        }
        for (int port : needed) {
            if (!Ports.isFree(port)) {
                throw new IllegalStateException("port " + port + " for " + name + " is in use (another stack? "
                        + "stop it, or choose other ports: see ./waishi up --help)");
            }
        }
    }

    /** Stops a process of this data dir left over by a launcher that died without stopping it. */
    private void stopLeftover(String name) {
        Path pidFile = dataDir.resolve("run").resolve(name + ".pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        ChildProcess child = children.get(name);
        if (child != null && child.isAlive()) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().isAlive() && isOurs(handle.get(), name)) {
                status("stopping " + name + " (pid " + pid + ") left over from an earlier run");
                handle.get().destroy();
                try {
                    handle.get().onExit().get(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    handle.get().destroyForcibly();
                    handle.get().onExit().get(30, TimeUnit.SECONDS);
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (Exception e) {
            status("could not check the leftover pid file " + pidFile + ": " + e);
        }
    }

    private boolean isOurs(ProcessHandle handle, String name) {
        List<String> arguments = handle.info().arguments().map(Arrays::asList).orElse(List.of());
        return arguments.contains("-D" + PROCESS_MARKER_PROPERTY + "=" + name)
                && arguments.contains("-D" + DATA_MARKER_PROPERTY + "=" + dataDir);
    }

    private void acquireLock() {
        Path lockFile = dataDir.resolve(".lock");
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                lockChannel = null;
                throw new IllegalStateException("the data dir " + dataDir + " is in use by another running local "
                        + "stack; stop it first or use another --data-dir");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // released with the JVM anyway
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    private void stopTier(List<String> names) {
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (String name : names) {
            ChildProcess child = children.get(name);
            if (child != null && child.isAlive()) {
                futures.add(CompletableFuture.runAsync(() -> {
                    try {
                        stop(name);
                    } catch (RuntimeException e) {
                        status("could not stop " + name + ": " + e);
                    }
                }, executor));
            }
        }
        futures.forEach(CompletableFuture::join);
    }

    // ---------------------------------------------------------------- helpers

    private ChildProcess child(String name) {
        return children.computeIfAbsent(name, n -> new ChildProcess(n, label(n),
                dataDir.resolve("logs").resolve(n + ".log"), dataDir.resolve("run").resolve(n + ".pid"),
                quiet ? null : output, this::status));
    }

    private String childClasspath() {
        String current = childClasspath;
        if (current == null) {
            current = ChildClasspath.resolve();
            childClasspath = current;
        }
        return current;
    }

    /** The jar of a service, the provider or the gateway: {@code <repo>/<name>/target/<name>-<version>.jar}. */
    public Path jar(String name) {
        String process = canonical(name);
        Path configured = jars.get(process);
        if (configured != null) {
            return configured;
        }
        Path target = repoRoot.resolve(process).resolve("target");
        Path expected = target.resolve(process + "-" + ARTIFACT_VERSION + ".jar");
        if (Files.isRegularFile(expected) || !Files.isDirectory(target)) {
            return expected;
        }
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(target, process + "-*.jar")) {
            for (Path candidate : candidates) {
                String file = candidate.getFileName().toString();
                if (!file.endsWith("-sources.jar") && !file.endsWith("-tests.jar") && !file.endsWith("-javadoc.jar")
                        && !file.endsWith("-plain.jar")) {
                    return candidate;
                }
            }
        } catch (IOException e) {
            // fall back to the expected name
        }
        return expected;
    }

    /** The processes that are Spring Boot jars of this repository: the four services, the provider, the gateway. */
    static boolean isSpringProcess(String name) {
        return SERVICES.contains(name) || IDENTITY.equals(name) || GATEWAY.equals(name);
    }

    /** Short label of a process, used as log prefix: {@code sister-city-service} -> {@code sister-city}. */
    static String label(String name) {
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }

    /** Accepts a process name or its label ({@code travel} for {@code travel-service}). */
    static String canonical(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.toLowerCase(Locale.ROOT).trim();
        if (PROCESSES.contains(lower)) {
            return lower;
        }
        if (PROCESSES.contains(lower + "-service")) {
            return lower + "-service";
        }
        throw new IllegalArgumentException("unknown process " + name + "; one of " + PROCESSES);
    }

    void status(String message) {
        String prefix = ChildProcess.prefix("waishi");
        synchronized (output) {
            for (String line : message.split("\n", -1)) {
                output.println(prefix + line);
            }
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static Optional<Path> setsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            Path path = Paths.get(candidate);
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** The repository root: {@code -Dwaishi.repo.root}, else the folder above this module, else the working dir. */
    static Path detectRepoRoot() {
        String property = System.getProperty("waishi.repo.root");
        if (property != null && !property.isBlank()) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        Path codeSource = ChildClasspath.codeSourceOf(LocalStack.class);
        for (Path dir = codeSource; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy").resolve("local").resolve("pom.xml"))) {
                return dir;
            }
        }
        Path cwd = Paths.get("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy").resolve("local").resolve("pom.xml"))) {
                return dir;
            }
        }
        return cwd;
    }

    /** Key of {@link Builder#env(String, String)}: environment for every service and the gateway. */
    private static final String ALL_SPRING_PROCESSES = "*";

    /** A start that was abandoned because another process of the stack failed or the stack was closed. */
    static final class StartAborted extends IllegalStateException {
        StartAborted() {
            super("start aborted");
        }
    }

    // ---------------------------------------------------------------- builder

    /** Builder of a {@link LocalStack}; every setting has a default (the command line's). */
    public static final class Builder {

        private Path repoRoot;
        private Path dataDir;
        private final Map<String, Integer> ports = new LinkedHashMap<>();
        private int kafkaControllerPort = DEFAULT_KAFKA_CONTROLLER_PORT;
        private boolean demo;
        private final Map<String, Map<String, String>> extraEnv = new LinkedHashMap<>();
        private final Map<String, List<String>> jvmOptions = new LinkedHashMap<>();
        private final Map<String, Path> jars = new LinkedHashMap<>();
        private Set<String> only;
        private Duration readinessTimeout = Duration.ofSeconds(180);
        private Duration stopTimeout = Duration.ofSeconds(20);
        private boolean quiet;
        private PrintStream output = System.out;
        private Path javaCommand;
        private String audience = DEFAULT_AUDIENCE;
        private Duration accessTokenTtl = DEFAULT_ACCESS_TOKEN_TTL;
        private boolean newSession = true;

        private Builder() {
            ports.put(KAFKA, DEFAULT_KAFKA_PORT);
            ports.put(MONGO, DEFAULT_MONGO_PORT);
            for (int i = 0; i < SERVICES.size(); i++) {
                ports.put(SERVICES.get(i), DEFAULT_SERVICE_PORTS.get(i));
            }
            ports.put(IDENTITY, DEFAULT_IDENTITY_PORT);
            ports.put(GATEWAY, DEFAULT_GATEWAY_PORT);
        }

        /** The repository (where {@code <service>/target/*.jar} are); detected by default. */
        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Where all data, logs and keys live; default {@code <repo>/.waishi}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Kafka's client (PLAINTEXT) port; 0 = a free port. Default 9092. */
        public Builder kafkaPort(int port) {
            ports.put(KAFKA, checkPort(port));
            return this;
        }

        /** Kafka's controller (KRaft) port; 0 = a free port. Default 9093. */
        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = checkPort(port);
            return this;
        }

        /** The Mongo wire server's port; 0 = a free port. Default 27017. */
        public Builder mongoPort(int port) {
            ports.put(MONGO, checkPort(port));
            return this;
        }

        /**
         * The HTTP port of a service (or the gateway, or identity-service); 0 = a free port. Defaults 8081..8084,
         * gateway 8080, identity-service 9000.
         */
        public Builder servicePort(String name, int port) {
            String process = canonical(name);
            if (!isSpringProcess(process)) {
                throw new IllegalArgumentException(process + " is not a service");
            }
            ports.put(process, checkPort(port));
            return this;
        }

        /** The HTTP ports of the four services in {@link #SERVICES} order. */
        public Builder servicePorts(int sisterCity, int travel, int reception, int publicity) {
            return servicePort(SISTER_CITY, sisterCity).servicePort(TRAVEL, travel)
                    .servicePort(RECEPTION, reception).servicePort(PUBLICITY, publicity);
        }

        /** The gateway's port; 0 = a free port. Default 8080. */
        public Builder gatewayPort(int port) {
            ports.put(GATEWAY, checkPort(port));
            return this;
        }

        /** The provider's (identity-service's) port; 0 = a free port. Default 9000. */
        public Builder identityPort(int port) {
            ports.put(IDENTITY, checkPort(port));
            return this;
        }

        /** Every port 0: free ports picked when the stack is built (what tests want). */
        public Builder randomPorts() {
            ports.replaceAll((name, port) -> 0);
            kafkaControllerPort = 0;
            return this;
        }

        /** Asks each service to load its demo data set on first start ({@code WAISHI_DEMO_DATA_ENABLED=true}). */
        public Builder demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        /** An extra environment variable for one process (overrides the stack's own). */
        public Builder env(String process, String name, String value) {
            extraEnv.computeIfAbsent(canonical(process), p -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** Extra environment variables for one process (override the stack's own). */
        public Builder env(String process, Map<String, String> variables) {
            extraEnv.computeIfAbsent(canonical(process), p -> new LinkedHashMap<>()).putAll(variables);
            return this;
        }

        /** An extra environment variable for every service, identity-service and the gateway. */
        public Builder springEnv(String name, String value) {
            extraEnv.computeIfAbsent(ALL_SPRING_PROCESSES, p -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** JVM options of one process, replacing its defaults. */
        public Builder jvmOptions(String process, List<String> options) {
            jvmOptions.put(canonical(process), List.copyOf(options));
            return this;
        }

        /**
         * JVM options of the four services, the provider and the gateway, replacing
         * {@link #DEFAULT_SERVICE_JVM_OPTIONS}.
         */
        public Builder serviceJvmOptions(List<String> options) {
            for (String service : SERVICES) {
                jvmOptions.put(service, List.copyOf(options));
            }
            jvmOptions.put(IDENTITY, List.copyOf(options));
            jvmOptions.put(GATEWAY, List.copyOf(options));
            return this;
        }

        /** The jar to run for a service or the gateway (default {@code <repo>/<name>/target/<name>-<version>.jar}). */
        public Builder jar(String process, Path jar) {
            jars.put(canonical(process), jar.toAbsolutePath());
            return this;
        }

        /** Starts only these processes (e.g. {@code only(KAFKA)}); default all of {@link #PROCESSES}. */
        public Builder only(String... processes) {
            Set<String> names = new LinkedHashSet<>();
            for (String process : processes) {
                names.add(canonical(process));
            }
            this.only = names;
            return this;
        }

        /** Starts only these processes; see {@link #only(String...)}. */
        public Builder only(Collection<String> processes) {
            return only(processes.toArray(String[]::new));
        }

        /** How long each process may take to become ready (default 180 s). */
        public Builder readinessTimeout(Duration timeout) {
            this.readinessTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** How long each process may take to stop after SIGTERM before it is killed (default 20 s). */
        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Quiet: the processes' output goes only to {@code <data>/logs/*.log}, not to {@link #output}. */
        public Builder quiet(boolean quiet) {
            this.quiet = quiet;
            return this;
        }

        /** Where prefixed process output and the stack's own status lines go (default System.out). */
        public Builder output(PrintStream output) {
            this.output = Objects.requireNonNull(output);
            return this;
        }

        /** The {@code java} executable for the children (default: the one running this JVM). */
        public Builder javaCommand(Path java) {
            this.javaCommand = java;
            return this;
        }

        /** Lifetime of the provider's access tokens (default 1 h; the provider's own default is 10 min). */
        public Builder accessTokenTtl(Duration ttl) {
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("not a token lifetime: " + ttl);
            }
            this.accessTokenTtl = ttl;
            return this;
        }

        /** The audience the provider puts in access tokens and the services expect (default {@value LocalStack#DEFAULT_AUDIENCE}). */
        public Builder audience(String audience) {
            this.audience = Objects.requireNonNull(audience);
            return this;
        }

        /**
         * Whether children run in a session of their own ({@code setsid}, where available; default true), so a
         * terminal's Ctrl-C reaches only the launcher, which then stops them in order.
         */
        public Builder newSession(boolean newSession) {
            this.newSession = newSession;
            return this;
        }

        /** Resolves the ports (0 = free port now) and builds the stack; nothing starts until {@link #start()}. */
        public LocalStack build() {
            return new LocalStack(this);
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            return port;
        }
    }
}
