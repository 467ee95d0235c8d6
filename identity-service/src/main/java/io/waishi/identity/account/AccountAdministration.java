package io.waishi.identity.account;

import io.waishi.identity.account.AccountRuleException.Problem;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The administrator's acts on accounts: each loads the account, performs one act and saves it. */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final Passwords passwords;
    private final Clock clock;

    public AccountAdministration(Accounts accounts, Passwords passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Opens an account; every problem with the input is reported at once. A taken username is a conflict. */
    public Account open(String username, String password, Collection<String> roleNames, String unit, String by) {
        List<Problem> problems = new ArrayList<>(AccountRules.username(username));
        problems.addAll(AccountRules.password(password, username));
        List<Problem> unknownRoles = AccountRules.roleNames(roleNames);
        problems.addAll(unknownRoles);
        if (unknownRoles.isEmpty()) {
            problems.addAll(AccountRules.roles(roles(roleNames), AccountRules.normalizeUnit(unit)));
        }
        AccountRules.check(problems);
        if (accounts.existsById(username)) {
            throw new DuplicateKeyException("account " + username);
        }
        Account account = Account.open(username, passwords.hash(password, username), roles(roleNames), unit, by,
                clock.instant());
        return accounts.insert(account);
    }

    public Account get(String username) {
        return accounts.findById(username).orElseThrow(() -> new NotFoundException("account", username));
    }

    /** One page of accounts by username; the caller clamps page and size. */
    public Page<Account> list(int page, int size) {
        return accounts.findAll(PageRequest.of(page, size, Sort.by("_id")));
    }

    public void resetPassword(String username, String password, String by) {
        Account account = get(username);
        account.resetPassword(passwords.hash(password, username), by, clock.instant());
        accounts.save(account);
    }

    public Account assignRoles(String username, Collection<String> roleNames, String unit, String by) {
        AccountRules.check(AccountRules.roleNames(roleNames));
        Account account = get(username);
        account.assignRoles(roles(roleNames), unit, by, clock.instant());
        return accounts.save(account);
    }

    public Account disable(String username, String by) {
        Account account = get(username);
        account.disable(by, clock.instant());
        return accounts.save(account);
    }

    public Account enable(String username, String by) {
        Account account = get(username);
        account.enable(by, clock.instant());
        return accounts.save(account);
    }

    private static Set<Role> roles(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> Role.parse(name).ifPresent(roles::add));
        }
        return roles;
    }
}
