package io.waishi.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/** The command line of {@link LocalStack#main}: {@code up [options]} (default), {@code token ...}, {@code help}. */
final class Cli {

    static final String USAGE = """
            Usage: ./waishi [up] [options]      build what is missing, start the local stack, Ctrl-C stops it
                   ./waishi token <user>        sign in to the running stack's provider as a demo user (e.g.
                                                director) and print the access token
                   ./waishi token <user> --password PW   the same for any other account (an ADMIN creates
                                                accounts: POST <gateway>/api/identity/users)
                   ./waishi help

            Options of up (environment variable in brackets):
              --data-dir DIR            data, logs and keys (WAISHI_DATA_DIR; default <repo>/.waishi)
              --demo                    services load their demo data sets on first start (WAISHI_DEMO=true)
              --gateway-port N          default 8080 (WAISHI_GATEWAY_PORT); 0 = any free port
              --identity-port N         the OpenID Connect provider (identity-service); default 9000
                                        (WAISHI_IDENTITY_PORT)
              --access-token-ttl DUR    lifetime of the provider's access tokens, e.g. 1h (default), 10m
                                        (WAISHI_ACCESS_TOKEN_TTL)
              --service-ports A,B,C,D   sister-city, travel, reception, publicity; default 8081,8082,8083,8084
                                        (WAISHI_SERVICE_PORTS)
              --kafka-port N            default 9092 (WAISHI_KAFKA_PORT)
              --kafka-controller-port N default 9093 (WAISHI_KAFKA_CONTROLLER_PORT)
              --mongo-port N            default 27017 (WAISHI_MONGO_PORT)
              --jvm-options "OPTS"      JVM options of the services and the gateway (WAISHI_JVM_OPTIONS;
                                        default "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError")
              --readiness-timeout SEC   how long each process may take to get ready (default 180)
              --only NAME,NAME          start only these processes, e.g. --only kafka,mongo,identity to run a
                                        service from the IDE against them (names: kafka, mongo, identity,
                                        sister-city, travel, reception, publicity, gateway)
              --quiet                   process output only in <data>/logs/<name>.log, not on the console
              --rebuild                 (./waishi script) run ./mvnw install -DskipTests before starting

            Options of token:
              --data-dir DIR            as above: the stack started with it (its provider's address is in
                                        <data>/run/stack.properties; tokens are cached in <data>/tokens.txt
                                        and signed in again shortly before they expire)
              --password PW             the account's password (default: the demo password, waishi-demo);
                                        given, it is always checked by a new sign-in
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    Cli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Runs a command; {@code up} returns only when start-up fails (exit code) or never (Ctrl-C ends the JVM). */
    int run(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        String command = arguments.isEmpty() || arguments.get(0).startsWith("-") ? "up" : arguments.remove(0);
        try {
            switch (command) {
                case "up":
                    return up(arguments);
                case "token":
                    return token(arguments);
                case "help":
                case "--help":
                case "-h":
                    out.print(USAGE);
                    return 0;
                default:
                    err.println("unknown command " + command);
                    err.print(USAGE);
                    return 2;
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("see ./waishi help");
            return 2;
        }
    }

    // ------------------------------------------------------------------ up

    private int up(List<String> arguments) {
        if (arguments.contains("--help") || arguments.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        LocalStack stack = upBuilder(arguments).build();
        try {
            stack.start();
        } catch (RuntimeException e) {
            err.println();
            err.println("The local stack did not start: " + e.getMessage());
            err.println("Logs: " + stack.dataDir().resolve("logs"));
            return 1;
        }
        out.print(banner(stack));
        out.flush();
        try {
            new CountDownLatch(1).await(); // until Ctrl-C: the stack's shutdown hook stops everything
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stack.close();
        return 0;
    }

    LocalStack.Builder upBuilder(List<String> arguments) {
        LocalStack.Builder builder = LocalStack.builder();
        Path repoRoot = LocalStack.detectRepoRoot();
        builder.repoRoot(repoRoot);
        envValue("WAISHI_DATA_DIR").ifPresent(dir -> builder.dataDir(Paths.get(dir)));
        envValue("WAISHI_DEMO").ifPresent(value -> builder.demo(Boolean.parseBoolean(value)));
        envValue("WAISHI_GATEWAY_PORT").ifPresent(value -> builder.gatewayPort(port(value, "WAISHI_GATEWAY_PORT")));
        envValue("WAISHI_IDENTITY_PORT").ifPresent(value ->
                builder.identityPort(port(value, "WAISHI_IDENTITY_PORT")));
        envValue("WAISHI_ACCESS_TOKEN_TTL").ifPresent(value -> builder.accessTokenTtl(duration(value)));
        envValue("WAISHI_KAFKA_PORT").ifPresent(value -> builder.kafkaPort(port(value, "WAISHI_KAFKA_PORT")));
        envValue("WAISHI_KAFKA_CONTROLLER_PORT").ifPresent(value ->
                builder.kafkaControllerPort(port(value, "WAISHI_KAFKA_CONTROLLER_PORT")));
        envValue("WAISHI_MONGO_PORT").ifPresent(value -> builder.mongoPort(port(value, "WAISHI_MONGO_PORT")));
        envValue("WAISHI_SERVICE_PORTS").ifPresent(value -> servicePorts(builder, value));
        envValue("WAISHI_JVM_OPTIONS").ifPresent(value -> builder.serviceJvmOptions(splitOptions(value)));
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String option = argument;
            String inline = null;
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                option = argument.substring(0, equals);
                inline = argument.substring(equals + 1);
            }
            switch (option) {
                case "--demo" -> builder.demo(true);
                case "--quiet" -> builder.quiet(true);
                case "--rebuild" -> {
                    // handled by the ./waishi script
                }
                case "--data-dir" -> builder.dataDir(Paths.get(value(arguments, ++i, option, inline)));
                case "--gateway-port" -> builder.gatewayPort(port(value(arguments, ++i, option, inline), option));
                case "--identity-port" -> builder.identityPort(port(value(arguments, ++i, option, inline), option));
                case "--access-token-ttl" -> builder.accessTokenTtl(duration(value(arguments, ++i, option, inline)));
                case "--kafka-port" -> builder.kafkaPort(port(value(arguments, ++i, option, inline), option));
                case "--kafka-controller-port" ->
                        builder.kafkaControllerPort(port(value(arguments, ++i, option, inline), option));
                case "--mongo-port" -> builder.mongoPort(port(value(arguments, ++i, option, inline), option));
                case "--service-ports" -> servicePorts(builder, value(arguments, ++i, option, inline));
                case "--jvm-options" -> builder.serviceJvmOptions(splitOptions(value(arguments, ++i, option, inline)));
                case "--only" -> builder.only(value(arguments, ++i, option, inline).split(","));
                case "--readiness-timeout" -> builder.readinessTimeout(
                        Duration.ofSeconds(number(value(arguments, ++i, option, inline), option)));
                default -> throw new UsageException("unknown option " + argument);
            }
            if (inline != null && !takesValue(option)) {
                throw new UsageException(option + " takes no value");
            }
            if (inline != null) {
                i--; // value() did not consume the next argument
            }
        }
        return builder;
    }

    private static boolean takesValue(String option) {
        return !List.of("--demo", "--quiet", "--rebuild").contains(option);
    }

    String banner(LocalStack stack) {
        boolean defaultDataDir = stack.dataDir().equals(stack.repoRoot().resolve(".waishi"));
        String tokenCommand = "./waishi token" + (defaultDataDir ? "" : " --data-dir " + stack.dataDir());
        boolean gateway = stack.processes().contains(LocalStack.GATEWAY);
        String line = "=".repeat(100);
        StringBuilder text = new StringBuilder();
        text.append('\n').append(line).append('\n');
        text.append(" Waishi local stack is ready\n\n");
        if (gateway) {
            row(text, "Gateway", stack.gatewayUrl());
            row(text, "Swagger UI", stack.gatewayUrl() + "/swagger-ui.html");
        }
        for (String service : LocalStack.SERVICES) {
            if (stack.processes().contains(service)) {
                row(text, service, stack.serviceUrl(service));
            }
        }
        if (stack.processes().contains(LocalStack.KAFKA)) {
            row(text, "Kafka", stack.kafkaBootstrapServers());
        }
        if (stack.processes().contains(LocalStack.MONGO)) {
            row(text, "MongoDB", stack.mongoUri());
        }
        row(text, "Data", stack.dataDir() + "   (logs in logs/; delete the folder to reset)");
        if (stack.processes().stream().anyMatch(LocalStack.SERVICES::contains)) {
            row(text, "Demo data", stack.demo() ? "requested (each service loads it on its first start)"
                    : "off (start with --demo to load it)");
        }
        if (stack.processes().contains(LocalStack.IDENTITY)) {
            row(text, "Sign-in provider", stack.identityUrl() + "   (OpenID Connect; issuer "
                    + stack.issuer() + ")");
        }
        text.append('\n');
        if (gateway) {
            text.append(" Open:         ").append(stack.gatewayUrl())
                    .append("/console/   (the office web console; sign in as a demo user)\n\n");
        }
        text.append(" Demo accounts (password ").append(LocalStack.DEMO_PASSWORD)
                .append("; access tokens last ").append(human(stack.accessTokenTtl())).append("):\n");
        for (DemoUser user : DemoUser.ALL) {
            text.append(String.format(Locale.ROOT, "   %-14s %-24s %-10s %s%n", user.username(),
                    String.join(",", user.roles()), user.unit() == null ? "" : user.unit(), user.description()));
        }
        text.append('\n');
        text.append(" Get a token:  ").append(tokenCommand).append(" director   (signs in to the provider)\n");
        if (stack.processes().contains(LocalStack.IDENTITY)) {
            text.append(" Other users:  as admin, in the console (Administration > Users) or POST ")
                    .append(stack.gatewayUrl()).append("/api/identity/users, then ").append(tokenCommand).append(" <user> --password PW\n");
        }
        if (gateway) {
            text.append(" Try:          curl -H \"Authorization: Bearer $(").append(tokenCommand).append(" director)\" ")
                    .append(stack.gatewayUrl()).append("/api/travel/delegations\n");
        }
        text.append('\n');
        text.append(" Ctrl-C stops everything cleanly; the next ./waishi up keeps all data.\n");
        text.append(line).append("\n\n");
        return text.toString();
    }

    private static String human(Duration duration) {
        if (duration.toSeconds() % 3600 == 0) {
            return duration.toHours() + " h";
        }
        if (duration.toSeconds() % 60 == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toSeconds() + " s";
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, " %-20s %s%n", label, value));
    }

    // ------------------------------------------------------------------ token

    private int token(List<String> arguments) {
        Path dataDir = envValue("WAISHI_DATA_DIR").map(Paths::get)
                .orElseGet(() -> LocalStack.detectRepoRoot().resolve(".waishi"));
        String password = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--data-dir")) {
                dataDir = Paths.get(value(arguments, ++i, argument, null));
            } else if (argument.startsWith("--data-dir=")) {
                dataDir = Paths.get(argument.substring("--data-dir=".length()));
            } else if (argument.equals("--password")) {
                password = value(arguments, ++i, argument, null);
            } else if (argument.startsWith("--password=")) {
                password = argument.substring("--password=".length());
            } else if (argument.equals("--help") || argument.equals("-h")) {
                out.print(USAGE);
                return 0;
            } else if (argument.startsWith("--")) {
                throw new UsageException("unknown option " + argument);
            } else {
                positional.add(argument);
            }
        }
        if (positional.size() != 1) {
            StringBuilder users = new StringBuilder();
            for (DemoUser user : DemoUser.ALL) {
                users.append(' ').append(user.username());
            }
            throw new UsageException("usage: ./waishi token <user> [--password PW]  (tokens with other roles: "
                    + "create the account through the provider's admin API, then sign in with --password)"
                    + "\ndemo users:" + users);
        }
        String username = positional.get(0);
        boolean explicitPassword = password != null;
        if (password == null) {
            Optional<DemoUser> user = DemoUser.find(username);
            if (user.isEmpty()) {
                throw new UsageException("unknown demo user " + username + "; for another account give its "
                        + "password: ./waishi token " + username + " --password PW");
            }
            username = user.get().username();
            password = LocalStack.DEMO_PASSWORD;
        }
        Path stackFile = dataDir.resolve("run").resolve(LocalStack.STACK_FILE);
        if (!Files.isRegularFile(stackFile)) {
            err.println("no local stack has run with the data dir " + dataDir + "; start it with ./waishi up"
                    + " (tokens come from its sign-in provider)");
            return 1;
        }
        Properties stack = new Properties();
        try (var in = Files.newInputStream(stackFile)) {
            stack.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + stackFile, e);
        }
        TokenFile cache = new TokenFile(dataDir.resolve("tokens.txt"), stack.getProperty("identity.url"));
        // only demo accounts (known password) are answered from the cache: a given password is always checked
        Optional<String> cached = explicitPassword ? Optional.empty() : cache.fresh(username, Instant.now());
        if (cached.isPresent()) {
            out.println(cached.get());
            return 0;
        }
        SignIn signIn = new SignIn(URI.create(stack.getProperty("identity.url")),
                stack.getProperty("console.client-id"), stack.getProperty("console.client-secret"),
                URI.create(stack.getProperty("console.redirect-uri")));
        SignIn.AccessToken token;
        try {
            token = signIn.signIn(username, password);
        } catch (SignIn.SignInException e) {
            err.println("sign-in failed: " + e.getMessage());
            return 1;
        }
        cache.put(username, token);
        out.println(token.value());
        return 0;
    }

    // ------------------------------------------------------------------ parsing helpers

    private Optional<String> envValue(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String value(List<String> arguments, int index, String option, String inline) {
        if (inline != null) {
            return inline;
        }
        if (index >= arguments.size()) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(index);
    }

    private static int port(String value, String what) {
        int port = (int) number(value, what);
        if (port < 0 || port > 65535) {
            throw new UsageException(what + ": not a port: " + value);
        }
        return port;
    }

    private static long number(String value, String what) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(what + ": not a number: " + value);
        }
    }

    private static void servicePorts(LocalStack.Builder builder, String value) {
        String[] items = value.split(",");
        if (items.length != LocalStack.SERVICES.size()) {
            throw new UsageException("--service-ports needs four ports (sister-city,travel,reception,publicity): "
                    + value);
        }
        for (int i = 0; i < items.length; i++) {
            builder.servicePort(LocalStack.SERVICES.get(i), port(items[i], "--service-ports"));
        }
    }

    private static List<String> splitOptions(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    static Duration duration(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new UsageException("not a duration: " + value + " (e.g. 12h, 30m, 7d)");
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new UsageException("not a duration: " + value + " (e.g. 12h, 30m, 7d)");
        }
    }

    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }
}
