package io.waishi.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("{bcrypt}$2a$10$abcdefghijklmnopqrstuv");

    private static Account clerk() {
        return Account.open("clerk", HASH, Set.of(Role.UNIT_CLERK), "U-EDU", "admin", NOW);
    }

    private static List<String> fieldsOf(Runnable act) {
        try {
            act.run();
        } catch (AccountRuleException e) {
            return e.problems().stream().map(AccountRuleException.Problem::field).toList();
        }
        throw new AssertionError("expected the act to be refused");
    }

    @Nested
    class Open {

        @Test
        void opensAnEnabledAccountWithRolesAndUnit() {
            Account account = clerk();

            assertThat(account.enabled()).isTrue();
            assertThat(account.roles()).containsExactly(Role.UNIT_CLERK);
            assertThat(account.unit()).contains("U-EDU");
            assertThat(account.createdBy()).isEqualTo("admin");
        }

        @Test
        void clerkAndSignatoryNeedAUnit() {
            assertThat(fieldsOf(() -> Account.open("c", HASH, Set.of(Role.UNIT_CLERK), null, "admin", NOW)))
                    .contains("username", "unit");
            assertThat(fieldsOf(() -> Account.open("signer", HASH, Set.of(Role.UNIT_SIGNATORY), " ", "admin", NOW)))
                    .containsExactly("unit");
        }

        @Test
        void officeWideRolesNeedNoUnit() {
            assertThat(Account.open("director", HASH, Set.of(Role.FAO_DIRECTOR), null, "admin", NOW).unit()).isEmpty();
        }

        @Test
        void needsARole() {
            assertThat(fieldsOf(() -> Account.open("nobody", HASH, Set.of(), null, "admin", NOW)))
                    .containsExactly("roles");
        }
    }

    @Nested
    class Rules {

        @Test
        void usernameIsLowerCaseLettersDigitsAndSeparators() {
            assertThat(AccountRules.username("section-head")).isEmpty();
            assertThat(AccountRules.username("a.b_c-1")).isEmpty();
            assertThat(AccountRules.username("a")).hasSize(1);
            assertThat(AccountRules.username("Admin")).hasSize(1);
            assertThat(AccountRules.username("1admin")).hasSize(1);
            assertThat(AccountRules.username("a".repeat(64))).isEmpty();
            assertThat(AccountRules.username("a".repeat(65))).hasSize(1);
        }

        @Test
        void roleNamesMustBeDesignRolesSpelledExactly() {
            assertThat(AccountRules.roleNames(List.of("ADMIN", "AUDITOR"))).isEmpty();
            assertThat(AccountRules.roleNames(List.of("admin"))).hasSize(1);
            assertThat(AccountRules.roleNames(List.of("SUPERUSER", "ROOT"))).hasSize(2);
        }

        @Test
        void passwordHasTenCharactersAtLeastAndFitsBcrypt() {
            assertThat(AccountRules.password("123456789", "x")).hasSize(1);
            assertThat(AccountRules.password("1234567890", "x")).isEmpty();
            assertThat(AccountRules.password("a".repeat(72), "x")).isEmpty();
            assertThat(AccountRules.password("a".repeat(73), "x")).hasSize(1);
            assertThat(AccountRules.password("long-username", "long-username")).hasSize(1);
        }
    }

    @Nested
    class AssignRoles {

        @Test
        void replacesRolesAndUnit() {
            Account account = clerk();

            account.assignRoles(Set.of(Role.FAO_OFFICER), null, "admin", NOW.plusSeconds(60));

            assertThat(account.roles()).containsExactly(Role.FAO_OFFICER);
            assertThat(account.unit()).isEmpty();
            assertThat(account.changedAt()).isEqualTo(NOW.plusSeconds(60));
        }

        @Test
        void refusesToLeaveAClerkWithoutUnitAndChangesNothing() {
            Account account = clerk();

            assertThatThrownBy(() -> account.assignRoles(Set.of(Role.UNIT_CLERK), null, "admin", NOW))
                    .isInstanceOf(AccountRuleException.class);
            assertThat(account.unit()).contains("U-EDU");
        }
    }

    @Nested
    class DisableAndReset {

        @Test
        void disablesAndEnables() {
            Account account = clerk();

            account.disable("admin", NOW);
            assertThat(account.enabled()).isFalse();
            account.enable("admin", NOW);
            assertThat(account.enabled()).isTrue();
        }

        @Test
        void anAdministratorCannotDisableThemselves() {
            Account admin = Account.open("admin", HASH, Set.of(Role.ADMIN), null, "setup", NOW);

            assertThatThrownBy(() -> admin.disable("admin", NOW)).isInstanceOf(AccountRuleException.class);
            assertThat(admin.enabled()).isTrue();
        }

        @Test
        void resetReplacesTheHash() {
            Account account = clerk();
            PasswordHash other = new PasswordHash("{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfe");

            account.resetPassword(other, "admin", NOW);

            assertThat(account.passwordHash()).isEqualTo(other.value());
        }
    }
}
