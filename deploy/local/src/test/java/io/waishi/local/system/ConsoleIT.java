package io.waishi.local.system;

import static io.waishi.local.system.SystemTests.repoRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.local.LocalStack;
import io.waishi.local.SampleOffice;
import io.waishi.local.SampleRequests;
import io.waishi.platform.testing.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office web console in a real browser: the suite runs as processes, and Playwright (office-web/e2e) drives
 * Debian's Chromium through the gateway as the office's staff would — signing in at the provider, filing,
 * signing, accepting and approving a delegation, then finding what the approval set off in sister-city and
 * publicity. The browser tests write their screenshots to office-web/target/screenshots and their JUnit report to
 * office-web/target/e2e-reports; their output is kept in deploy/local/target/console-e2e.log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT {

    /** Long enough for every browser test on a busy two-core machine; a hung browser fails the build instead. */
    private static final Duration BROWSER_TESTS_AT_MOST = Duration.ofMinutes(20);

    @TempDir
    static Path data;

    LocalStack stack;
    String partnerCityId;

    @BeforeAll
    void startTheSuiteAndOpenTheOffice() {
        stack = LocalStack.builder().repoRoot(repoRoot()).dataDir(data).randomPorts().quiet(true)
                .readinessTimeout(Duration.ofSeconds(240)).build().start();
        TestHttp gateway = new TestHttp(stack.gatewayUrl());
        TestHttp.Answer partner = gateway.post("/api/sister-cities/partner-cities", stack.token("sister"),
                TestHttp.json(SampleRequests.yorbaLinda()));
        assertThat(partner.status()).as(partner.body()).isEqualTo(201);
        partnerCityId = partner.json().get("id").asString();
        // The Education Bureau registered, its plan for next year approved, the notice period served at once.
        new SampleOffice(stack.gatewayUrl(), stack::token, 3).open();
    }

    @AfterAll
    void stopTheSuite() throws IOException {
        if (stack != null) {
            stack.close();
        }
        SystemTests.keepTheLogs(data, "console-logs");
    }

    @Test
    void theStaffDoTheirWorkInTheConsole() throws Exception {
        Path officeWeb = repoRoot().resolve("office-web");
        Path log = repoRoot().resolve("deploy/local/target/console-e2e.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder playwright = new ProcessBuilder(List.of("npx", "--no-install", "playwright", "test"))
                .directory(officeWeb.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright.environment().put("WAISHI_GATEWAY_URL", stack.gatewayUrl());
        playwright.environment().put("WAISHI_PARTNER_CITY_ID", partnerCityId);
        playwright.environment().put("CI", "true");
        Process run = playwright.start();
        boolean finished = run.waitFor(BROWSER_TESTS_AT_MOST.toMinutes(), TimeUnit.MINUTES);
        if (!finished) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("the browser tests finished within %s:%n%s", BROWSER_TESTS_AT_MOST, output).isTrue();
        assertThat(run.exitValue()).as("the browser tests passed:%n%s", output).isZero();
        assertThat(output).as("the browser tests ran").containsPattern("\\d+ passed");
    }
}
