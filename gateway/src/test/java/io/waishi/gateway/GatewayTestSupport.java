package io.waishi.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.waishi.platform.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Starts the gateway on a random port in front of one WireMock server per service (started once per
 * JVM, reset before each test). Subclasses register properties through {@link #registerServices}
 * from their own {@code @DynamicPropertySource}, so each can point a service elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
abstract class GatewayTestSupport {

    static final WireMockServer SISTER_CITY = start();
    static final WireMockServer TRAVEL = start();
    static final WireMockServer RECEPTION = start();
    static final WireMockServer PUBLICITY = start();

    @Autowired
    protected WebTestClient web;

    @BeforeEach
    void resetServices() {
        for (WireMockServer server : new WireMockServer[] {SISTER_CITY, TRAVEL, RECEPTION, PUBLICITY}) {
            server.resetAll();
        }
    }

    /** Trust the test tokens and point every service at its WireMock, unless {@code receptionUrl} is given. */
    static void registerServices(DynamicPropertyRegistry registry, String receptionUrl) {
        for (String property : TestTokens.PROPERTIES) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
        registry.add("waishi.gateway.services.sister-city", SISTER_CITY::baseUrl);
        registry.add("waishi.gateway.services.travel", TRAVEL::baseUrl);
        registry.add("waishi.gateway.services.reception", receptionUrl != null ? () -> receptionUrl : RECEPTION::baseUrl);
        registry.add("waishi.gateway.services.publicity", PUBLICITY::baseUrl);
    }

    /** A local URL nobody listens on: the port was free a moment ago and is closed again. */
    static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String bearer(String... roles) {
        return TestTokens.user("alice").roles(roles).unit("U001").bearer();
    }

    private static WireMockServer start() {
        // Enough Jetty threads that concurrent calls are held by the gateway, not queued in WireMock.
        WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(150).gzipDisabled(true));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
