package io.waishi.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @Test
    void acceptsAUuidAndEveryPrintableAsciiCharacter() {
        assertThat(IdempotencyKey.parse("8e03978e-40d5-43e8-bc93-6894a57f9324").value())
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
        StringBuilder printable = new StringBuilder();
        for (char c = 0x20; c <= 0x7e; c++) {
            printable.append(c);
        }
        String all = "k" + printable; // a leading space would be stripped as header whitespace
        assertThat(new IdempotencyKey(all).value()).isEqualTo(all);
    }

    @Test
    void acceptsOneToTwoHundredFiftyFiveCharacters() {
        assertThat(IdempotencyKey.parse("a").value()).isEqualTo("a");
        assertThat(IdempotencyKey.parse("a".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> IdempotencyKey.parse("a".repeat(256)))
                .isInstanceOf(InvalidIdempotencyKeyException.class)
                .hasMessageContaining("256");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\"\"", "key\u0000", "key\nnext", "schlüssel", "键", "key\u007f"})
    void refusesEmptyBlankControlAndNonAsciiKeys(String value) {
        assertThatThrownBy(() -> IdempotencyKey.parse(value)).isInstanceOf(InvalidIdempotencyKeyException.class);
    }

    @Test
    void stripsHeaderWhitespaceAroundTheKey() {
        assertThat(IdempotencyKey.parse("  abc \t").value()).isEqualTo("abc");
        assertThat(IdempotencyKey.parse("a b").value()).isEqualTo("a b");
    }

    @Test
    void aStructuredFieldStringNamesTheSameKey() {
        assertThat(IdempotencyKey.parse("\"8e03978e\"")).isEqualTo(IdempotencyKey.parse("8e03978e"));
        assertThat(IdempotencyKey.parse("\"a\\\"b\\\\c\"").value()).isEqualTo("a\"b\\c");
        assertThatThrownBy(() -> IdempotencyKey.parse("\"a\\nb\"")).isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> IdempotencyKey.parse("\"a\"b\"")).isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThat(IdempotencyKey.parse("\"").value()).isEqualTo("\"");
        assertThat(IdempotencyKey.parse("a\"b").value()).isEqualTo("a\"b");
    }

    @Test
    void exactlyOneHeaderValueIsAllowed() {
        assertThat(IdempotencyKey.parse(List.of("abc")).value()).isEqualTo("abc");
        assertThatThrownBy(() -> IdempotencyKey.parse(List.of("abc", "abc")))
                .isInstanceOf(InvalidIdempotencyKeyException.class).hasMessageContaining("one");
        assertThatThrownBy(() -> IdempotencyKey.parse(List.<String>of()))
                .isInstanceOf(InvalidIdempotencyKeyException.class);
    }

    @Test
    void theScopedIdIsAHexSha256OfUserMethodPathAndKey() {
        IdempotencyKey key = IdempotencyKey.parse("k-1");
        String id = key.scopedId("olga", "POST", "/api/travel/delegations");
        assertThat(id).matches("[0-9a-f]{64}");
        assertThat(key.scopedId("olga", "POST", "/api/travel/delegations")).isEqualTo(id);
        assertThat(key.scopedId("peng", "POST", "/api/travel/delegations")).isNotEqualTo(id);
        assertThat(key.scopedId("olga", "PUT", "/api/travel/delegations")).isNotEqualTo(id);
        assertThat(key.scopedId("olga", "POST", "/api/travel/delegations/1/submit")).isNotEqualTo(id);
        assertThat(IdempotencyKey.parse("k-2").scopedId("olga", "POST", "/api/travel/delegations")).isNotEqualTo(id);
    }

    @Test
    void theScopedIdCannotBeForgedByShiftingCharactersBetweenParts() {
        // Plain concatenation would make these equal: "olga" + "POST/x" + "k" vs "olgaPOST" + "/x" + "k"…
        assertThat(IdempotencyKey.parse("k").scopedId("olgaP", "OST", "/x"))
                .isNotEqualTo(IdempotencyKey.parse("k").scopedId("olga", "POST", "/x"));
        assertThat(IdempotencyKey.parse("/xk").scopedId("olga", "POST", ""))
                .isNotEqualTo(IdempotencyKey.parse("k").scopedId("olga", "POST", "/x"));
    }
}
