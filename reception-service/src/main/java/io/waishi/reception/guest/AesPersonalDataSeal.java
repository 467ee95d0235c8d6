package io.waishi.reception.guest;

import java.util.HexFormat;
import java.util.Objects;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;

/**
 * Personal data sealed with Spring Security's {@link Encryptors#delux}: AES-256 in GCM mode (authenticated),
 * a random IV for every value, the key derived from a password with PBKDF2. Tampered or foreign ciphertexts
 * fail to open instead of yielding garbage.
 */
public final class AesPersonalDataSeal implements PersonalDataSeal {

    private final TextEncryptor encryptor;

    /**
     * @param key  the secret the key is derived from (property {@code waishi.reception.personal-data-key})
     * @param salt a fixed salt for the derivation, any text (stored hex-encoded as Spring's API requires)
     */
    public AesPersonalDataSeal(String key, String salt) {
        Objects.requireNonNull(key, "key");
        if (key.length() < 16) {
            throw new IllegalArgumentException("The personal-data key must have at least 16 characters");
        }
        this.encryptor = Encryptors.delux(key, HexFormat.of().formatHex(salt.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public String seal(String plain) {
        return plain == null ? null : encryptor.encrypt(plain);
    }

    @Override
    public String open(String sealed) {
        return sealed == null ? null : encryptor.decrypt(sealed);
    }
}
