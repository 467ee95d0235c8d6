package io.waishi.identity.account;

import io.waishi.identity.account.AccountRuleException.Problem;
import io.waishi.platform.domain.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What an account must look like. Each check returns its problems; {@link #check} refuses them all at once. */
public final class AccountRules {

    /** Lower-case letters, digits, {@code .}, {@code _}, {@code -}; starts with a letter; 2 to 64 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    /** A unit code such as {@code U-EDU}: letters, digits, {@code .}, {@code _}, {@code -}; up to 64 characters. */
    public static final Pattern UNIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Roles whose holder acts for one unit and so must have one. */
    public static final Set<Role> UNIT_ROLES = Set.of(Role.UNIT_CLERK, Role.UNIT_SIGNATORY);
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private AccountRules() {
    }

    public static List<Problem> username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return List.of(new Problem("username", "must be 2-64 characters: lower-case letters, digits, '.', '_' "
                    + "or '-', starting with a letter"));
        }
        return List.of();
    }

    public static List<Problem> roles(Collection<Role> roles, String unit) {
        List<Problem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(new Problem("roles", "at least one role is required"));
            return problems;
        }
        if (unit != null && !UNIT.matcher(unit).matches()) {
            problems.add(new Problem("unit", "must be 1-64 characters: letters, digits, '.', '_' or '-'"));
        }
        if (unit == null && roles.stream().anyMatch(UNIT_ROLES::contains)) {
            problems.add(new Problem("unit", "the roles " + UNIT_ROLES.stream().map(Role::name).sorted().toList()
                    + " act for a unit: a unit is required"));
        }
        return problems;
    }

    /** Role names as a client sends them: each must be one of DESIGN.md §7's roles, spelled exactly. */
    public static List<Problem> roleNames(Collection<String> names) {
        List<Problem> problems = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || Role.parse(name).isEmpty()) {
                problems.add(new Problem("roles", "unknown role '" + name + "'; known roles are "
                        + Arrays.stream(Role.values()).map(Role::name).toList()));
            }
        }
        return problems;
    }

    public static List<Problem> password(String password, String username) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            problems.add(new Problem("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new Problem("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8"));
        } else if (password.isBlank() || password.equalsIgnoreCase(username)) {
            problems.add(new Problem("password", "must not be blank or the username"));
        }
        return problems;
    }

    /** A blank unit means none. */
    static String normalizeUnit(String unit) {
        return unit == null || unit.isBlank() ? null : unit.trim();
    }

    @SafeVarargs
    public static void check(List<Problem>... checks) {
        List<Problem> all = new ArrayList<>();
        for (List<Problem> problems : checks) {
            all.addAll(problems);
        }
        if (!all.isEmpty()) {
            throw new AccountRuleException(all);
        }
    }
}
