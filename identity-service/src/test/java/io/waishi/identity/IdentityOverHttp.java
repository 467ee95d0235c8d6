package io.waishi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.testing.TestHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The provider over a real socket with the Mongo wire server (memory backend) and the demo accounts: a
 * browser that keeps cookies and follows no redirect by itself, so each step of the sign-in is visible.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "waishi.identity.issuer=" + IdentityOverHttp.ISSUER,
    "waishi.identity.demo-users=true",
    "waishi.identity.demo-password=" + IdentityOverHttp.DEMO_PASSWORD,
    "waishi.identity.console.redirect-uris=" + IdentityOverHttp.REDIRECT_URI,
    "waishi.identity.console.post-logout-redirect-uris=" + IdentityOverHttp.POST_LOGOUT_URI,
    "logging.structured.format.console="})
public abstract class IdentityOverHttp {

    public static final String ISSUER = "http://identity.test";
    public static final String DEMO_PASSWORD = "demo-password-for-tests";
    public static final String REDIRECT_URI = "http://console.test/login/oauth2/code/waishi-console";
    public static final String POST_LOGOUT_URI = "http://console.test/";
    public static final String CONSOLE = "waishi-console";
    public static final String CONSOLE_SECRET = "waishi-console-dev-secret";
    public static final String PARTNER = "waishi-partner";
    public static final String PARTNER_SECRET = "waishi-partner-dev-secret";

    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    protected int port;

    @Autowired
    protected org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder;

    protected String base() {
        return "http://localhost:" + port;
    }

    protected TestHttp http() {
        return new TestHttp(base());
    }

    protected Browser browser() {
        return new Browser(base());
    }

    public static Browser browser(String base) {
        return new Browser(base);
    }

    /** Signs {@code username} in through the console client (code + PKCE) and returns the token response. */
    protected JsonNode signIn(String username, String password) {
        Browser browser = browser();
        SignIn attempt = browser.signIn(username, password);
        assertThat(attempt.code()).as("sign-in of %s should give a code, got %s", username, attempt.location())
                .isNotNull();
        HttpResponse<String> tokens = browser.redeem(attempt);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return TestHttp.JSON_MAPPER.readTree(tokens.body());
    }

    protected String accessToken(String username, String password) {
        return signIn(username, password).get("access_token").asString();
    }

    /** The result of one sign-in attempt: where the browser ended up, and the code when it got one. */
    public record SignIn(String location, String code, String verifier, String state) {
    }

    /** A cookie-keeping browser that stops at every redirect. */
    public static final class Browser {

        private final String base;
        private final HttpClient client;

        Browser(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        public HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
        }

        public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form, String basicAuth) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(form)));
            if (basicAuth != null) {
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
            }
            return send(request);
        }

        /** Starts at the authorize endpoint with PKCE, fills in the sign-in form, follows to the redirect. */
        public SignIn signIn(String username, String password) {
            String verifier = randomToken();
            String state = randomToken();
            HttpResponse<String> authorize = get(authorizeUrl(challenge(verifier), state));
            assertThat(authorize.statusCode()).as(authorize.body()).isEqualTo(302);
            assertThat(location(authorize)).endsWith("/login");
            HttpResponse<String> afterLogin = login(username, password);
            String location = location(afterLogin);
            if (location.contains("/login?error")) {
                return new SignIn(location, null, verifier, state);
            }
            HttpResponse<String> resumed = get(location);
            assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(302);
            String redirect = location(resumed);
            assertThat(redirect).startsWith(REDIRECT_URI);
            assertThat(query(redirect).get("state")).isEqualTo(state);
            return new SignIn(redirect, query(redirect).get("code"), verifier, state);
        }

        /** GET /login for the CSRF token, then POST the form. */
        public HttpResponse<String> login(String username, String password) {
            HttpResponse<String> page = get("/login");
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            form.put("_csrf", csrf.group(1));
            HttpResponse<String> answer = postForm("/login", form, null);
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer;
        }

        public HttpResponse<String> redeem(SignIn signIn) {
            return postForm("/oauth2/token", Map.of("grant_type", "authorization_code", "code", signIn.code(),
                    "redirect_uri", REDIRECT_URI, "code_verifier", signIn.verifier()), CONSOLE + ":" + CONSOLE_SECRET);
        }

        public static String authorizeUrl(String challenge, String state) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("response_type", "code");
            parameters.put("client_id", CONSOLE);
            parameters.put("scope", "openid profile");
            parameters.put("redirect_uri", REDIRECT_URI);
            parameters.put("state", state);
            parameters.put("nonce", randomToken());
            if (challenge != null) {
                parameters.put("code_challenge", challenge);
                parameters.put("code_challenge_method", "S256");
            }
            return "/oauth2/authorize?" + form(parameters);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String pathOrUrl) {
            return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        }
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location header; status " + response.statusCode()));
    }

    public static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.put(key, value);
            }
        }
        return values;
    }

    public static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, read without checking it (tests that need the check use {@link #jwtDecoder}). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return TestHttp.JSON_MAPPER.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
