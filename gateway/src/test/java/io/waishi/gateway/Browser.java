package io.waishi.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser as far as the sign-in needs one: keeps cookies per origin (host and port, so the
 * gateway's and the provider's stay apart even on one host), never follows redirects by itself, and
 * remembers the raw {@code Set-Cookie} headers so tests can check their attributes. Cookies marked
 * {@code Secure} are sent over plain http too, as a browser would behind the TLS terminator that
 * production has in front of the gateway.
 */
final class Browser {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(URI uri, String... headers) {
        return send(HttpRequest.newBuilder(uri).GET(), uri, headers);
    }

    HttpResponse<String> postForm(URI uri, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"), uri, headers);
    }

    HttpResponse<String> postJson(URI uri, String json, String... headers) {
        return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), uri, headers);
    }

    /** Follows the Location of a redirect (relative or absolute). */
    HttpResponse<String> follow(HttpResponse<String> redirect, String... headers) {
        return get(location(redirect), headers);
    }

    static URI location(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No Location on " + redirect.statusCode() + " from " + redirect.uri()));
        return redirect.uri().resolve(location);
    }

    String cookie(URI origin, String name) {
        return cookies.getOrDefault(origin(origin), Map.of()).get(name);
    }

    void forget(URI origin, String name) {
        cookies.getOrDefault(origin(origin), new LinkedHashMap<>()).remove(name);
    }

    /** The {@code Set-Cookie} header for {@code name} in this response, if any. */
    static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI uri, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        Map<String, String> jar = cookies.getOrDefault(origin(uri), Map.of());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            remember(uri, response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(URI uri, List<String> setCookies) {
        Map<String, String> jar = cookies.computeIfAbsent(origin(uri), k -> new LinkedHashMap<>());
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            String lower = header.toLowerCase();
            if (value.isEmpty() || lower.contains("max-age=0")) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }

    private static String origin(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
