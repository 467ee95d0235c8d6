package io.waishi.identity.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's view of an account: Spring Security's own {@link User} (so the authorization records it
 * ends up in serialize with Spring's allow-listed Jackson modules), disabled when the account is.
 */
@Component
public class AccountSignIn implements UserDetailsService {

    private final Accounts accounts;

    public AccountSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findById(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .sorted((a, b) -> a.getAuthority().compareTo(b.getAuthority()))
                .toList();
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authorities)
                .disabled(!account.enabled())
                .build();
    }
}
