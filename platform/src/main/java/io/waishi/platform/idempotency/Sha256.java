package io.waishi.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields, each prefixed with its length, so that no two different sequences
 * give the same input ({@code "ab" + "c"} and {@code "a" + "bc"} differ) and null differs from empty.
 */
final class Sha256 {

    private final MessageDigest digest;

    private Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static Sha256 start() {
        return new Sha256();
    }

    Sha256 field(String value) {
        return field(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    Sha256 field(byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static byte[] of(byte[] value) {
        return new Sha256().digest.digest(value);
    }
}
