package io.waishi.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET endpoint a service maps, found from its handler mapping rather than listed by hand, so an endpoint
 * added tomorrow is checked too: an AUDITOR reads everything (DESIGN §7), so none may answer 401 or 403. Path
 * variables get an id nobody has, so most answer 404 — found and judged, not refused.
 */
public final class EveryReadEndpoint {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

    private EveryReadEndpoint() {
    }

    /** The GET paths under {@code prefix}, path variables filled in ({@code lang}/{@code language} as zh). */
    public static List<String> paths(RequestMappingHandlerMapping mapping, String prefix) {
        Map<String, String> paths = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (!get) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(prefix)) {
                    paths.put(pattern, filled(pattern));
                }
            }
        }
        return new ArrayList<>(paths.values());
    }

    /** Asserts that the token reaches every GET endpoint under {@code prefix}: none answers 401 or 403. */
    public static void assertReadable(TestHttp http, RequestMappingHandlerMapping mapping, String prefix,
            String token) {
        List<String> paths = paths(mapping, prefix);
        assertThat(paths).as("GET endpoints under " + prefix).isNotEmpty();
        List<String> refused = new ArrayList<>();
        for (String path : paths) {
            TestHttp.Answer answer = http.get(path, token);
            if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
                refused.add("GET " + path + " → " + answer.status() + " " + answer.body());
            }
        }
        assertThat(refused).as("of " + paths.size() + " GET endpoints, refused or failed").isEmpty();
    }

    private static String filled(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = name.startsWith("lang") ? "zh" : name.contains("year") ? "2026"
                    : name.contains("code") || name.contains("country") ? "ZZ" : "0a0b0c0d-0000-4000-8000-000000000000";
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        return path.toString();
    }
}
