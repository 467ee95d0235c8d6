package io.waishi.reception.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PassportDataTest {

    static final LocalDate BORN = LocalDate.of(1968, 4, 2);
    static final LocalDate EXPIRES = LocalDate.of(2031, 5, 1);

    @Test
    void othersSeeTheFirstCharacterAndTheLastFour() {
        assertThat(new PassportData("E12345678", BORN, "KR", EXPIRES, null).maskedNumber()).isEqualTo("E****5678");
        assertThat(new PassportData("e 1234 5678", BORN, "KR", EXPIRES, null).number())
                .as("normalised").isEqualTo("E12345678");
        assertThat(new PassportData("AB12345", BORN, "KR", EXPIRES, null).maskedNumber())
                .as("short numbers show only their first character").isEqualTo("A****");
    }

    @Test
    void neitherTheNumberNorTheDateOfBirthAppearInItsTextOrErrors() {
        PassportData passport = new PassportData("E12345678", BORN, "KR", EXPIRES, "Embassy");
        assertThat(passport.toString()).doesNotContain("E12345678").doesNotContain("1968");
        assertThat(SealedPassport.seal(passport, GuestFixtures.FAKE_SEAL).toString())
                .doesNotContain("87654321").doesNotContain("1968");
        assertThatThrownBy(() -> new PassportData("E1234<5678>", BORN, "KR", EXPIRES, null))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234"));
    }

    @Test
    void aPassportNeedsEveryFieldTheLetterStates() {
        assertThatThrownBy(() -> new PassportData(null, BORN, "KR", EXPIRES, null)).hasMessageContaining("number");
        assertThatThrownBy(() -> new PassportData("E12345678", null, "KR", EXPIRES, null))
                .hasMessageContaining("date of birth");
        assertThatThrownBy(() -> new PassportData("E12345678", BORN, "XX", EXPIRES, null))
                .hasMessageContaining("nationality");
        assertThatThrownBy(() -> new PassportData("E12345678", BORN, "KR", null, null)).hasMessageContaining("expiry");
        assertThat(new PassportData("E12345678", BORN, "KR", EXPIRES, "  ").needsVisaLetter()).isFalse();
    }

    @Test
    void aesSealsWithAFreshIvAndOpensWithTheSameKeyOnly() {
        AesPersonalDataSeal seal = new AesPersonalDataSeal("a-test-key-of-sufficient-length", "salt");
        String once = seal.seal("E12345678");
        String twice = seal.seal("E12345678");
        assertThat(once).doesNotContain("E12345678").isNotEqualTo(twice);
        assertThat(seal.open(once)).isEqualTo("E12345678");
        assertThat(seal.open(twice)).isEqualTo("E12345678");
        AesPersonalDataSeal otherKey = new AesPersonalDataSeal("another-key-of-sufficient-length", "salt");
        assertThatThrownBy(() -> otherKey.open(once)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new AesPersonalDataSeal("short", "salt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSealedPassportOpensToTheSamePassport() {
        AesPersonalDataSeal seal = new AesPersonalDataSeal("a-test-key-of-sufficient-length", "salt");
        PassportData passport = new PassportData("E12345678", BORN, "KR", EXPIRES, "Embassy");
        SealedPassport sealed = SealedPassport.seal(passport, seal);
        assertThat(sealed.sealedNumber()).doesNotContain("12345678");
        assertThat(sealed.sealedDateOfBirth()).doesNotContain("1968");
        assertThat(sealed.open(seal)).isEqualTo(passport);
    }
}
