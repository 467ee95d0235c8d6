package io.waishi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway serves the office web console (module office-web) next to the API, on the bearer-only gateway. */
class ConsoleServingTest extends GatewayTestSupport {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registerServices(registry, null);
    }

    @Autowired
    ApplicationContext context;

    /** The browser's kept-alive connections stay readable (web.KeepAliveReads; its test shows the stall). */
    @Test
    void theServerIsStartedWithTheKeepAliveReadRemedy() {
        assertThat(context.getBean("keepAliveReadsResumed", NettyServerCustomizer.class)).isNotNull();
    }

    @Test
    void theRootAndTheBareConsoleAddressLeadToTheConsole() {
        for (String path : new String[] {"/", "/console"}) {
            web.get().uri(path).exchange()
                    .expectStatus().isTemporaryRedirect()
                    .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/");
        }
    }

    @Test
    void everyConsolePageAnswersTheIndexForASignedInCallerAndNothingForAnAnonymousOne() {
        String index = index();
        assertThat(index).contains("<div id=\"root\"></div>").contains("/console/assets/");

        web.get().uri("/console/travel/delegations/D-1").header(HttpHeaders.AUTHORIZATION, bearer("UNIT_CLERK"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                // Its own POSTs must carry its origin (under no-referrer a browser sends Origin: null).
                .expectHeader().valueEquals("Referrer-Policy", "same-origin")
                .expectBody(String.class).isEqualTo(index);

        web.get().uri("/console/travel").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theHashedAssetsAreServedToAnyoneAndKeptForAYear() {
        Matcher script = Pattern.compile("/console/assets/[^\"]+\\.js").matcher(index());
        assertThat(script.find()).as("the index names its script").isTrue();

        byte[] body = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri(script.group()).exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value ->
                        assertThat(value).contains("max-age=31536000").contains("immutable").contains("public"))
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).isNotBlank();

        web.get().uri("/console/assets/no-such-file.js").exchange().expectStatus().isNotFound();
    }

    private String index() {
        return web.get().uri("/console/").header(HttpHeaders.AUTHORIZATION, bearer("FAO_DIRECTOR"))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
