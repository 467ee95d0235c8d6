package io.waishi.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Cli cli(Map<String, String> env) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), env);
    }

    @Test
    void tokenNeedsAStackThatHasRun() {
        assertThat(cli(Map.of("WAISHI_DATA_DIR", data.toString())).run(new String[] {"token", "clerk"})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no local stack has run with the data dir " + data)
                .contains("./waishi up");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void arbitraryRoleTokensAreGoneTheUsageSaysHowToGetOtherAccounts() {
        assertThat(cli(Map.of()).run(new String[] {"token", "--data-dir", data.toString(), "alice", "FAO_OFFICER",
            "U-EDU"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ./waishi token <user> [--password PW]")
                .contains("admin API");
        assertThat(cli(Map.of()).run(new String[] {"token", "--data-dir", data.toString(), "--ttl", "1h", "clerk"}))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --ttl");
    }

    @Test
    void unknownDemoUserAndUnknownOptionsAreUsageErrors() {
        assertThat(cli(Map.of()).run(new String[] {"token", "--data-dir", data.toString(), "nobody"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown demo user nobody")
                .contains("./waishi token nobody --password PW");
        assertThat(cli(Map.of()).run(new String[] {"up", "--bogus"})).isEqualTo(2);
        assertThat(cli(Map.of()).run(new String[] {"token"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("demo users: clerk signatory");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void upOptionsAndEnvironmentConfigureTheStack() {
        LocalStack stack = cli(Map.of("WAISHI_KAFKA_PORT", "19092", "WAISHI_GATEWAY_PORT", "18000"))
                .upBuilder(List.of("--data-dir", data.toString(), "--demo", "--gateway-port", "18080",
                        "--mongo-port=27018", "--service-ports", "18081,18082,18083,18084", "--quiet",
                        "--identity-port", "19000", "--access-token-ttl", "15m",
                        "--jvm-options", "-Xmx256m -XX:+UseG1GC", "--rebuild", "--only", "kafka,mongo"))
                .build();
        assertThat(stack.dataDir()).isEqualTo(data.toAbsolutePath());
        assertThat(stack.demo()).isTrue();
        assertThat(stack.gatewayPort()).isEqualTo(18080); // the option wins over the environment
        assertThat(stack.kafkaPort()).isEqualTo(19092);
        assertThat(stack.mongoPort()).isEqualTo(27018);
        assertThat(stack.port("sister-city")).isEqualTo(18081);
        assertThat(stack.port("publicity-service")).isEqualTo(18084);
        assertThat(stack.port("identity")).isEqualTo(19000);
        assertThat(stack.issuer()).isEqualTo("http://127.0.0.1:19000");
        assertThat(stack.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(stack.environment(LocalStack.IDENTITY)).containsEntry("WAISHI_IDENTITY_ACCESS_TOKEN_TTL", "900s");
        assertThat(stack.processes()).containsExactlyInAnyOrder(LocalStack.KAFKA, LocalStack.MONGO);
        assertThat(stack.environment(LocalStack.TRAVEL)).containsEntry("WAISHI_DEMO_DATA_ENABLED", "true");
    }

    @Test
    void bannerShowsWhereToSignInTheDemoAccountsTheirPasswordAndHowToGetAToken() {
        LocalStack stack = LocalStack.builder().repoRoot(data).build();
        String banner = cli(Map.of()).banner(stack);
        assertThat(banner).contains("http://127.0.0.1:8080/swagger-ui.html")
                .contains("travel-service       http://127.0.0.1:8082")
                .contains("127.0.0.1:9092")
                .contains("mongodb://127.0.0.1:27017")
                .contains("Sign-in provider     http://127.0.0.1:9000")
                .contains("Open:         http://127.0.0.1:8080/console/   (the office web console; sign in as a demo user)")
                .contains("Demo accounts (password waishi-demo; access tokens last 1 h)")
                .contains("director       FAO_DIRECTOR")
                .contains("clerk          UNIT_CLERK               U-EDU")
                .contains("./waishi token director")
                .contains("curl -H \"Authorization: Bearer $(./waishi token director)\" "
                        + "http://127.0.0.1:8080/api/travel/delegations")
                .doesNotContain("dev-issuer").doesNotContain("ROLE>");
    }

    @Test
    void durations() {
        assertThat(Cli.duration("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(Cli.duration("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Cli.duration("PT90M")).isEqualTo(Duration.ofMinutes(90));
    }
}
