package io.waishi.identity.account;

import java.util.Objects;

/**
 * A hashed password in DelegatingPasswordEncoder's {@code {id}hash} form. Made by {@link Passwords} from a
 * password that passed {@link AccountRules#password}; the plain text never reaches the store.
 */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith("{")) {
            throw new IllegalArgumentException("not an encoded password");
        }
    }
}
