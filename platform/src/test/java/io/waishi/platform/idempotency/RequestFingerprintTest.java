package io.waishi.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final byte[] BODY = "{\"title\":\"Nara\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameRequestHasTheSameFingerprint() {
        String fingerprint = RequestFingerprint.of(null, "application/json", null, null, BODY);
        assertThat(fingerprint).matches("[0-9a-f]{64}");
        assertThat(RequestFingerprint.of(null, "application/json", null, null, BODY.clone())).isEqualTo(fingerprint);
    }

    @Test
    void anyChangeToBodyQueryContentTypeOrPreconditionsChangesIt() {
        String fingerprint = RequestFingerprint.of(null, "application/json", null, null, BODY);
        byte[] otherBody = "{\"title\":\"Nara \"}".getBytes(StandardCharsets.UTF_8);
        assertThat(RequestFingerprint.of(null, "application/json", null, null, otherBody)).isNotEqualTo(fingerprint);
        assertThat(RequestFingerprint.of("dryRun=true", "application/json", null, null, BODY)).isNotEqualTo(fingerprint);
        assertThat(RequestFingerprint.of(null, "text/plain", null, null, BODY)).isNotEqualTo(fingerprint);
        assertThat(RequestFingerprint.of(null, "application/json", "\"3\"", null, BODY)).isNotEqualTo(fingerprint);
        assertThat(RequestFingerprint.of(null, "application/json", null, "*", BODY)).isNotEqualTo(fingerprint);
    }

    @Test
    void anEmptyBodyAndNoBodyAreTheSame() {
        assertThat(RequestFingerprint.of(null, null, null, null, null))
                .isEqualTo(RequestFingerprint.of(null, null, null, null, new byte[0]));
    }

    @Test
    void partsCannotBeConfusedWithOneAnother() {
        assertThat(RequestFingerprint.of("a", "b", null, null, BODY))
                .isNotEqualTo(RequestFingerprint.of("ab", null, null, null, BODY));
        assertThat(RequestFingerprint.of("", null, null, null, BODY))
                .isNotEqualTo(RequestFingerprint.of(null, null, null, null, BODY));
        assertThat(RequestFingerprint.of(null, null, "x", null, BODY))
                .isNotEqualTo(RequestFingerprint.of(null, null, null, "x", BODY));
    }

    @Test
    void aFormIsTheSameWhateverOrderTheContainerListsItsParametersIn() {
        Map<String, String[]> one = new LinkedHashMap<>();
        one.put("title", new String[] {"Nara"});
        one.put("tag", new String[] {"a", "b"});
        Map<String, String[]> other = new LinkedHashMap<>();
        other.put("tag", new String[] {"a", "b"});
        other.put("title", new String[] {"Nara"});
        assertThat(RequestFingerprint.canonicalForm(one)).isEqualTo(RequestFingerprint.canonicalForm(other));

        Map<String, String[]> reordered = Map.of("title", new String[] {"Nara"}, "tag", new String[] {"b", "a"});
        assertThat(RequestFingerprint.canonicalForm(reordered)).isNotEqualTo(RequestFingerprint.canonicalForm(one));
        Map<String, String[]> joined = Map.of("title", new String[] {"Nara"}, "tag", new String[] {"ab"});
        assertThat(RequestFingerprint.canonicalForm(joined)).isNotEqualTo(RequestFingerprint.canonicalForm(one));
    }
}
