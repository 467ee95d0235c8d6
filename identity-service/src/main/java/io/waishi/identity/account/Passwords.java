package io.waishi.identity.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Turns an acceptable password into a {@link PasswordHash} with the configured (delegating) encoder. */
@Component
public class Passwords {

    private final PasswordEncoder encoder;

    public Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Refuses a password that breaks {@link AccountRules#password}, then hashes it. */
    public PasswordHash hash(String password, String username) {
        AccountRules.check(AccountRules.password(password, username));
        return new PasswordHash(encoder.encode(password));
    }
}
