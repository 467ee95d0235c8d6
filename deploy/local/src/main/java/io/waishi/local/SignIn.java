package io.waishi.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets real access tokens from the local stack's OpenID Connect provider (identity-service) by signing in as a
 * person would: the console client's authorization code flow with PKCE, driven by an HTTP client through the
 * provider's login form. No token is ever made here; the provider signs every one.
 *
 * <p>The code is taken from the provider's redirect to the gateway's callback (registered for the console
 * client) and redeemed at the token endpoint with the client secret, so the gateway is not involved. Tokens are
 * cached per user and signed in again when less than {@link #RENEW_BEFORE} (or a tenth of their lifetime, if
 * shorter) is left.
 *
 * <pre>{@code
 * SignIn signIn = new SignIn(URI.create("http://127.0.0.1:9000"), "waishi-console", secret,
 *         URI.create("http://127.0.0.1:8080/login/oauth2/code/waishi-console"));
 * String token = signIn.token("director", "waishi-demo");
 * }</pre>
 */
public final class SignIn {

    /** A cached token is renewed when this little (or a tenth of its lifetime, if that is less) is left. */
    public static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI provider;
    private final String clientId;
    private final String clientSecret;
    private final URI redirectUri;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param provider     the provider's base URL (its issuer in the local stack)
     * @param clientId     the console client ({@code waishi-console})
     * @param clientSecret its secret
     * @param redirectUri  a redirect URI registered for that client (the gateway's callback)
     */
    public SignIn(URI provider, String clientId, String clientSecret, URI redirectUri) {
        this(provider, clientId, clientSecret, redirectUri, Clock.systemUTC());
    }

    SignIn(URI provider, String clientId, String clientSecret, URI redirectUri, Clock clock) {
        String base = provider.toString();
        this.provider = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.clientId = Objects.requireNonNull(clientId);
        this.clientSecret = Objects.requireNonNull(clientSecret);
        this.redirectUri = Objects.requireNonNull(redirectUri);
        this.clock = clock;
    }

    /**
     * An access token of {@code username}: the cached one while it is fresh enough and was got with the same
     * password, else a new sign-in.
     */
    public String token(String username, String password) {
        Cached cached = cache.get(username);
        if (cached != null && cached.password().equals(password) && cached.token().freshAt(clock.instant())) {
            return cached.token().value();
        }
        AccessToken fresh = signIn(username, password);
        cache.put(username, new Cached(password, fresh));
        return fresh.value();
    }

    /** A cached token and the password it was got with (a wrong password must never get a cached token). */
    private record Cached(String password, AccessToken token) {
    }

    /** Signs in now, whatever is cached: the token response of the provider. */
    public AccessToken signIn(String username, String password) {
        Browser browser = new Browser();
        String verifier = randomToken();
        String state = randomToken();
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", clientId);
        authorize.put("scope", "openid profile");
        authorize.put("redirect_uri", redirectUri.toString());
        authorize.put("state", state);
        authorize.put("nonce", randomToken());
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");

        HttpResponse<String> toLogin = browser.get(provider + "/oauth2/authorize?" + form(authorize));
        expectRedirect(toLogin, "the authorization request");
        HttpResponse<String> page = browser.get(resolve(location(toLogin)));
        if (page.statusCode() != 200) {
            throw new SignInException("the provider's login page answered " + page.statusCode());
        }
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new SignInException("no CSRF token on the provider's login page " + page.uri());
        }
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", username);
        credentials.put("password", password);
        credentials.put("_csrf", csrf.group(1));
        HttpResponse<String> loggedIn = browser.postForm(page.uri().toString(), credentials, null);
        expectRedirect(loggedIn, "the login form");
        String next = location(loggedIn);
        if (next.contains("/login?error")) {
            throw new SignInException("the provider refused the sign-in of " + username
                    + " (unknown user, wrong password or disabled account)");
        }
        HttpResponse<String> resumed = browser.get(resolve(next));
        expectRedirect(resumed, "the resumed authorization request");
        String callback = location(resumed);
        Map<String, String> answer = query(callback);
        if (!callback.startsWith(redirectUri.toString()) || answer.get("code") == null) {
            throw new SignInException("the provider gave no code: " + callback);
        }
        if (!state.equals(answer.get("state"))) {
            throw new SignInException("the provider answered with another state");
        }

        Map<String, String> redeem = new LinkedHashMap<>();
        redeem.put("grant_type", "authorization_code");
        redeem.put("code", answer.get("code"));
        redeem.put("redirect_uri", redirectUri.toString());
        redeem.put("code_verifier", verifier);
        Instant asked = clock.instant();
        HttpResponse<String> tokens = browser.postForm(provider + "/oauth2/token", redeem, clientId + ":" + clientSecret);
        if (tokens.statusCode() != 200) {
            throw new SignInException("the token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
        }
        JsonNode body = JSON.readTree(tokens.body());
        JsonNode accessToken = body.get("access_token");
        if (accessToken == null) {
            throw new SignInException("no access_token in the token response");
        }
        long expiresIn = body.has("expires_in") ? body.get("expires_in").asLong() : 300;
        return new AccessToken(accessToken.asString(), asked, asked.plusSeconds(expiresIn));
    }

    /** Forgets the cached token of one user (e.g. after its account changed). */
    public void forget(String username) {
        cache.remove(username);
    }

    /**
     * An access token and when it was issued and expires (from the token response).
     *
     * @param value     the JWT
     * @param issuedAt  when it was asked for (a little before the provider issued it)
     * @param expiresAt when it expires
     */
    public record AccessToken(String value, Instant issuedAt, Instant expiresAt) {

        /** Whether it is still worth using at {@code now}: more than the renewal margin left. */
        public boolean freshAt(Instant now) {
            Duration lifetime = Duration.between(issuedAt, expiresAt);
            Duration margin = lifetime.dividedBy(10).compareTo(RENEW_BEFORE) < 0 ? lifetime.dividedBy(10)
                    : RENEW_BEFORE;
            return now.plus(margin).isBefore(expiresAt);
        }
    }

    /** The provider did not give a token: refused credentials, a misconfigured client, an unreachable provider. */
    public static final class SignInException extends IllegalStateException {
        SignInException(String message) {
            super(message);
        }

        SignInException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // ---------------------------------------------------------------- the HTTP side

    private String resolve(String location) {
        return provider.resolve(location).toString();
    }

    private static void expectRedirect(HttpResponse<String> response, String what) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new SignInException(what + " answered " + response.statusCode() + " instead of a redirect: "
                    + abbreviate(response.body()));
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new SignInException("a redirect without Location (status " + response.statusCode()
                        + ")"));
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps cookies (the provider's session between the login form and the authorization), follows nothing. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
        }

        HttpResponse<String> postForm(String url, Map<String, String> values, String basicAuth) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(values)));
            if (basicAuth != null) {
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
            }
            return send(request);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            HttpRequest built = request.timeout(TIMEOUT).build();
            try {
                return client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new SignInException("cannot reach the provider at " + built.uri() + " (" + e + "); is the "
                        + "local stack running?", new UncheckedIOException(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SignInException("interrupted", e);
            }
        }
    }
}
