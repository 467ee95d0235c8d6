package io.waishi.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole start order, environment, readiness, restart and shutdown, with real Kafka and Mongo and a fake
 * jar ({@link FakeServiceMain}) standing in for the four services and the gateway.
 */
class LocalStackOrchestrationTest {

    @TempDir
    Path data;

    @TempDir
    Path jars;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEverythingInOrderPassesTheEnvironmentRestartsAndStopsEverything() throws Exception {
        Path fakeJar = fakeServiceJar(jars.resolve("fake-service.jar"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream output = new PrintStream(console, true, StandardCharsets.UTF_8);
        LocalStack.Builder builder = LocalStack.builder().dataDir(data).randomPorts().demo(true).output(output)
                .env(LocalStack.TRAVEL, "TRAVEL_ONLY", "yes").springEnv("EVERY_SPRING_PROCESS", "yes");
        for (String name : List.of(LocalStack.IDENTITY, LocalStack.SISTER_CITY, LocalStack.TRAVEL,
                LocalStack.RECEPTION, LocalStack.PUBLICITY, LocalStack.GATEWAY)) {
            builder.jar(name, fakeJar);
        }
        List<Long> pids = new ArrayList<>();
        try (LocalStack stack = builder.build().start()) {
            for (String name : LocalStack.PROCESSES) {
                assertThat(stack.isRunning(name)).as(name).isTrue();
                pids.add(stack.pid(name).orElseThrow());
            }

            Map<String, String> travel = env(stack.serviceUrl(LocalStack.TRAVEL));
            assertThat(travel).containsEntry("SERVER_PORT", Integer.toString(stack.port(LocalStack.TRAVEL)))
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers())
                    .containsEntry("WAISHI_KAFKA_REPLICATION_FACTOR", "1")
                    .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true")
                    .containsEntry("MONGODB_URI", stack.mongoUri())
                    .containsEntry("WAISHI_SECURITY_JWT_JWK_SET_URI", stack.identityUrl() + "/oauth2/jwks")
                    .containsEntry("WAISHI_SECURITY_JWT_ISSUER", stack.identityUrl())
                    .containsEntry("WAISHI_SECURITY_JWT_AUDIENCE", "waishi")
                    .containsEntry("WAISHI_DEMO_DATA_ENABLED", "true")
                    .containsEntry("TRAVEL_ONLY", "yes")
                    .containsEntry("EVERY_SPRING_PROCESS", "yes");
            assertThat(env(stack.serviceUrl(LocalStack.PUBLICITY))).doesNotContainKey("TRAVEL_ONLY")
                    .doesNotContainKey("WAISHI_SECURITY_JWT_PUBLIC_KEY_LOCATION")
                    .doesNotContainKey("WAISHI_GATEWAY_LOGIN_CLIENT_ID");

            String callback = stack.gatewayUrl() + "/login/oauth2/code/waishi-console";
            Map<String, String> identity = env(stack.identityUrl());
            assertThat(identity).containsEntry("SERVER_PORT", Integer.toString(stack.port(LocalStack.IDENTITY)))
                    .containsEntry("MONGODB_URI", stack.mongoUri())
                    .containsEntry("WAISHI_IDENTITY_ISSUER", stack.identityUrl())
                    .containsEntry("WAISHI_IDENTITY_AUDIENCE", "waishi")
                    .containsEntry("WAISHI_IDENTITY_ACCESS_TOKEN_TTL", "3600s")
                    .containsEntry("WAISHI_IDENTITY_DEMO_USERS", "true")
                    .containsEntry("WAISHI_IDENTITY_DEMO_PASSWORD", "waishi-demo")
                    .containsEntry("WAISHI_CONSOLE_CLIENT_ID", "waishi-console")
                    .containsEntry("WAISHI_CONSOLE_CLIENT_SECRET", LocalStack.CONSOLE_CLIENT_SECRET)
                    .containsEntry("WAISHI_CONSOLE_REDIRECT_URIS",
                            callback + "," + callback.replace("127.0.0.1", "localhost"))
                    .containsEntry("WAISHI_CONSOLE_POST_LOGOUT_REDIRECT_URIS", stack.gatewayUrl() + "/,"
                            + stack.gatewayUrl().replace("127.0.0.1", "localhost") + "/")
                    .containsEntry("EVERY_SPRING_PROCESS", "yes")
                    .doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS")
                    .doesNotContainKey("WAISHI_SECURITY_JWT_ISSUER");

            Map<String, String> gateway = env(stack.gatewayUrl());
            assertThat(gateway).containsEntry("GATEWAY_PORT", Integer.toString(stack.gatewayPort()))
                    .containsEntry("SERVER_PORT", Integer.toString(stack.gatewayPort()))
                    .containsEntry("SISTER_CITY_SERVICE_URL", stack.serviceUrl(LocalStack.SISTER_CITY))
                    .containsEntry("TRAVEL_SERVICE_URL", stack.serviceUrl(LocalStack.TRAVEL))
                    .containsEntry("RECEPTION_SERVICE_URL", stack.serviceUrl(LocalStack.RECEPTION))
                    .containsEntry("PUBLICITY_SERVICE_URL", stack.serviceUrl(LocalStack.PUBLICITY))
                    .containsEntry("WAISHI_SECURITY_JWT_ISSUER", stack.identityUrl())
                    .containsEntry("WAISHI_SECURITY_JWT_JWK_SET_URI", stack.identityUrl() + "/oauth2/jwks")
                    .containsEntry("WAISHI_SECURITY_JWT_AUDIENCE", "waishi")
                    .containsEntry("WAISHI_GATEWAY_LOGIN_CLIENT_ID", "waishi-console")
                    .containsEntry("WAISHI_GATEWAY_LOGIN_CLIENT_SECRET", LocalStack.CONSOLE_CLIENT_SECRET)
                    .containsEntry("WAISHI_GATEWAY_LOGIN_ISSUER_URI", stack.identityUrl())
                    .containsEntry("WAISHI_GATEWAY_LOGIN_AUTHORIZATION_URI", stack.identityUrl() + "/oauth2/authorize")
                    .containsEntry("WAISHI_GATEWAY_LOGIN_TOKEN_URI", stack.identityUrl() + "/oauth2/token")
                    .containsEntry("WAISHI_GATEWAY_LOGIN_JWK_SET_URI", stack.identityUrl() + "/oauth2/jwks")
                    .containsEntry("WAISHI_GATEWAY_LOGIN_END_SESSION_URI", stack.identityUrl() + "/connect/logout")
                    .containsEntry("WAISHI_GATEWAY_LOGIN_COOKIE_SECURE", "false")
                    .containsEntry("EVERY_SPRING_PROCESS", "yes")
                    .doesNotContainKey("WAISHI_DEMO_DATA_ENABLED");

            // kill -9 and start again with extra environment for that run
            long oldPid = stack.pid(LocalStack.TRAVEL).orElseThrow();
            stack.kill("travel");
            assertThat(stack.isRunning(LocalStack.TRAVEL)).isFalse();
            stack.start(LocalStack.TRAVEL, Map.of("FAKE_MARK", "second-run"));
            assertThat(stack.pid(LocalStack.TRAVEL).orElseThrow()).isNotEqualTo(oldPid);
            assertThat(env(stack.serviceUrl(LocalStack.TRAVEL))).containsEntry("FAKE_MARK", "second-run")
                    .containsEntry("TRAVEL_ONLY", "yes");
            pids.add(stack.pid(LocalStack.TRAVEL).orElseThrow());

            // a process that dies before it is ready: the failure names it and carries its last lines
            assertThatThrownBy(() -> stack.start(LocalStack.RECEPTION, Map.of("FAKE_FAIL", "true")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("reception-service exited with code 3 before it was ready")
                    .hasMessageContaining("fake reception-service cannot start: FAKE_FAIL is set")
                    .hasMessageContaining("fake reception-service giving up");
            stack.start(LocalStack.RECEPTION);
            assertThat(stack.isRunning(LocalStack.RECEPTION)).isTrue();
            pids.add(stack.pid(LocalStack.RECEPTION).orElseThrow());

            // graceful stop runs the process's shutdown hook
            stack.stop(LocalStack.PUBLICITY);
            assertThat(stack.logTail(LocalStack.PUBLICITY, 5)).contains("fake publicity-service stopping");

            assertThat(data.resolve("run").resolve("stack.properties")).content()
                    .contains("identity.url=" + stack.identityUrl().replace(":", "\\:"));
        }
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("pid " + pid).isFalse();
        }

        String out = console.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("travel     | fake travel-service started on port")
                .contains("sister-city| fake sister-city-service started")
                .contains("gateway    | fake gateway started")
                .contains("identity   | fake identity-service started")
                .contains("mongo      | Mongo wire server listening")
                .contains("kafka      | ")
                .contains("waishi     | stack ready in");
        // order: infrastructure ready before the provider starts, the provider ready before any service starts,
        // services ready before the gateway starts
        assertThat(out.indexOf("mongo ready")).isLessThan(out.indexOf("starting identity-service"));
        assertThat(out.indexOf("kafka ready")).isLessThan(out.indexOf("starting identity-service"));
        assertThat(out.indexOf("identity-service ready")).isLessThan(out.indexOf("starting travel-service"));
        for (String service : LocalStack.SERVICES) {
            assertThat(out.indexOf(service + " ready")).isLessThan(out.indexOf("starting gateway"));
        }
        // shutdown: gateway first, Kafka and Mongo last
        int stopping = out.indexOf("stopping the stack");
        assertThat(out.indexOf("gateway stopped", stopping)).isLessThan(out.indexOf("travel-service stopped", stopping));
        assertThat(out.indexOf("travel-service stopped", stopping)).isLessThan(out.indexOf("kafka stopped", stopping));
        assertThat(out.indexOf("travel-service stopped", stopping))
                .isLessThan(out.indexOf("identity-service stopped", stopping));
        assertThat(out.indexOf("identity-service stopped", stopping)).isLessThan(out.indexOf("mongo stopped", stopping));

        assertThat(Files.readString(data.resolve("logs").resolve("travel-service.log")))
                .contains("fake travel-service started").contains("starting travel-service")
                .contains("travel-service exited with code 137").doesNotContain("travel     | ");
    }

    @Test
    void aProcessLeftOverByALauncherThatDiedIsStoppedBeforeTheNextStart() throws Exception {
        Path fakeJar = fakeServiceJar(jars.resolve("fake-service.jar"));
        int port = Ports.freePort();
        // what a launcher killed with -9 leaves behind: a running service and its pid file
        ProcessBuilder leftoverBuilder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwaishi.local.process=travel-service", "-Dwaishi.local.data=" + data.toAbsolutePath(),
                "-jar", fakeJar.toString()).redirectErrorStream(true)
                .redirectOutput(jars.resolve("leftover.log").toFile());
        leftoverBuilder.environment().put("SERVER_PORT", Integer.toString(port));
        Process leftover = leftoverBuilder.start();
        try {
            Files.createDirectories(data.resolve("run"));
            Files.writeString(data.resolve("run").resolve("travel-service.pid"), Long.toString(leftover.pid()));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!Ports.isListening(port, 200) && System.nanoTime() < deadline) {
                leftover.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            assertThat(Ports.isListening(port, 1000)).isTrue();

            try (LocalStack stack = LocalStack.builder().dataDir(data).randomPorts()
                    .servicePort(LocalStack.TRAVEL, port).jar(LocalStack.TRAVEL, fakeJar)
                    .only(LocalStack.TRAVEL).quiet(true).build().start()) {
                assertThat(leftover.isAlive()).isFalse();
                assertThat(stack.pid(LocalStack.TRAVEL).orElseThrow()).isNotEqualTo(leftover.pid());
                assertThat(env(stack.serviceUrl(LocalStack.TRAVEL))).containsKey("WAISHI_SECURITY_JWT_ISSUER");
            }
        } finally {
            leftover.destroyForcibly();
        }
    }

    @Test
    void missingJarsFailFastBeforeAnythingStarts() {
        LocalStack stack = LocalStack.builder().repoRoot(jars).dataDir(data).randomPorts().quiet(true).build();
        assertThatThrownBy(stack::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(jars.resolve("travel-service/target/travel-service-0.1.0-SNAPSHOT.jar").toString())
                .hasMessageContaining(jars.resolve("gateway/target/gateway-0.1.0-SNAPSHOT.jar").toString())
                .hasMessageContaining(jars.resolve("identity-service/target/identity-service-0.1.0-SNAPSHOT.jar")
                        .toString())
                .hasMessageContaining("./waishi up --rebuild");
        for (String name : LocalStack.PROCESSES) {
            assertThat(stack.isRunning(name)).isFalse();
        }
    }

    @Test
    void portInUseIsReportedWithTheProcessName() throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            LocalStack stack = LocalStack.builder().dataDir(data).randomPorts().mongoPort(busy.getLocalPort())
                    .only(LocalStack.MONGO).quiet(true).build();
            assertThatThrownBy(stack::start).hasMessageContaining("port " + busy.getLocalPort() + " for mongo is in use");
        }
    }

    private Map<String, String> env(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/env")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : response.body().split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                env.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return env;
    }

    /** An executable jar holding only {@link FakeServiceMain}. */
    static Path fakeServiceJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeServiceMain.class.getName());
        String entry = FakeServiceMain.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                InputStream in = FakeServiceMain.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
