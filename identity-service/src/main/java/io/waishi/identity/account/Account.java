package io.waishi.identity.account;

import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in to Waishi: the username is the token subject, the roles and the unit go into the
 * {@code roles} and {@code unit} claims. Only the password's hash is kept ({@link PasswordHash}).
 *
 * <p>The acts check {@link AccountRules} before they change anything, so an account in the store always has
 * a well-formed username, at least one known role, and a unit when a role needs one.
 */
@Document("accounts")
public class Account {

    @Id
    private final String username;
    private String passwordHash;
    private Set<Role> roles;
    private String unit;
    private boolean enabled;
    private final Instant createdAt;
    private final String createdBy;
    private Instant changedAt;
    private String changedBy;
    @Version
    private Long version;

    @PersistenceCreator
    Account(String username, String passwordHash, Set<Role> roles, String unit, boolean enabled, Instant createdAt,
            String createdBy, Instant changedAt, String changedBy, Long version) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.unit = unit;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.version = version;
    }

    /** Opens an enabled account; refuses a malformed username, unknown or missing roles, a missing unit. */
    public static Account open(String username, PasswordHash password, Set<Role> roles, String unit, String by,
            Instant at) {
        String normalizedUnit = AccountRules.normalizeUnit(unit);
        AccountRules.check(AccountRules.username(username), AccountRules.roles(roles, normalizedUnit));
        Objects.requireNonNull(password, "password");
        return new Account(username, password.value(), roles, normalizedUnit, true, at, by, at, by, null);
    }

    /** Replaces the password (the old one stops working at once). */
    public void resetPassword(PasswordHash password, String by, Instant at) {
        this.passwordHash = Objects.requireNonNull(password, "password").value();
        changed(by, at);
    }

    /** Gives the account exactly these roles and this unit (null for an office-wide account). */
    public void assignRoles(Set<Role> newRoles, String newUnit, String by, Instant at) {
        String normalizedUnit = AccountRules.normalizeUnit(newUnit);
        AccountRules.check(AccountRules.roles(newRoles, normalizedUnit));
        this.roles = EnumSet.copyOf(newRoles);
        this.unit = normalizedUnit;
        changed(by, at);
    }

    /** A disabled account cannot sign in, and its refresh tokens stop working. */
    public void disable(String by, Instant at) {
        if (by.equals(username)) {
            throw new AccountRuleException(new AccountRuleException.Problem("username",
                    "an administrator cannot disable their own account"));
        }
        this.enabled = false;
        changed(by, at);
    }

    public void enable(String by, Instant at) {
        this.enabled = true;
        changed(by, at);
    }

    private void changed(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public String username() {
        return username;
    }

    /** The stored hash, in DelegatingPasswordEncoder's {@code {id}hash} form; for the sign-in check only. */
    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Long version() {
        return version;
    }
}
