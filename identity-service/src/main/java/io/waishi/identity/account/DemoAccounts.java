package io.waishi.identity.account;

import io.waishi.platform.domain.Role;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The local stack's demo accounts, one or more per role, created on start when
 * {@code waishi.identity.demo-users=true} and missing (an existing account is never changed, so a reset
 * password or a changed role survives restarts). They all share {@code waishi.identity.demo-password}:
 * for a developer machine only. The list matches the local stack's {@code io.waishi.local.DemoUser.ALL}.
 */
@Component
@ConditionalOnProperty(name = "waishi.identity.demo-users", havingValue = "true")
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** A demo account: username, role, unit (null for office-wide users). */
    public record Demo(String username, Role role, String unit) {
    }

    public static final List<Demo> ALL = List.of(
            new Demo("clerk", Role.UNIT_CLERK, "U-EDU"),
            new Demo("signatory", Role.UNIT_SIGNATORY, "U-EDU"),
            new Demo("health-clerk", Role.UNIT_CLERK, "U-HEALTH"),
            new Demo("soe-clerk", Role.UNIT_CLERK, "U-MACHINERY"),
            new Demo("soe-signatory", Role.UNIT_SIGNATORY, "U-MACHINERY"),
            new Demo("univ-clerk", Role.UNIT_CLERK, "U-UNIV"),
            new Demo("univ-signatory", Role.UNIT_SIGNATORY, "U-UNIV"),
            new Demo("officer", Role.FAO_OFFICER, null),
            new Demo("director", Role.FAO_DIRECTOR, null),
            new Demo("sister", Role.SISTER_CITY_OFFICER, null),
            new Demo("reception", Role.RECEPTION_OFFICER, null),
            new Demo("editor", Role.PUBLICITY_EDITOR, null),
            new Demo("section-head", Role.PUBLICITY_SECTION_HEAD, null),
            new Demo("leader", Role.PUBLICITY_LEADER, null),
            new Demo("admin", Role.ADMIN, null),
            new Demo("auditor", Role.AUDITOR, null));

    private final Accounts accounts;
    private final Passwords passwords;
    private final Clock clock;
    private final String password;

    public DemoAccounts(Accounts accounts, Passwords passwords, Clock clock,
            @Value("${waishi.identity.demo-password}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Demo demo : ALL) {
            if (accounts.existsById(demo.username())) {
                continue;
            }
            try {
                accounts.insert(Account.open(demo.username(), passwords.hash(password, demo.username()),
                        Set.of(demo.role()), demo.unit(), "demo-users", clock.instant()));
                created++;
            } catch (DuplicateKeyException raced) {
                // another instance seeded it first
            }
        }
        log.info("Demo accounts: {} created, {} in all; they share the demo password (waishi.identity.demo-password)",
                created, ALL.size());
    }
}
