package io.waishi.identity.account.web;

import io.waishi.identity.account.Account;
import io.waishi.identity.account.AccountAdministration;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.web.PageOf;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users, their roles and units, for administrators ({@code ADMIN}). Passwords go in, never out. */
@RestController
@RequestMapping("/api/identity/users")
@PreAuthorize("hasRole('ADMIN')")
class AccountController {

    private final AccountAdministration administration;

    AccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    record NewUser(String username, String password, List<String> roles, String unit) {
    }

    record NewPassword(String password) {
    }

    record RoleAssignment(List<String> roles, String unit) {
    }

    /** An account as clients see it: no password hash, ever. */
    record UserView(String username, List<String> roles, String unit, boolean enabled, Instant createdAt,
            String createdBy, Instant changedAt, String changedBy) {

        static UserView of(Account account) {
            return new UserView(account.username(), account.roles().stream().map(Enum::name).sorted().toList(),
                    account.unit().orElse(null), account.enabled(), account.createdAt(), account.createdBy(),
                    account.changedAt(), account.changedBy());
        }
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody NewUser user, Actor actor) {
        Account account = administration.open(user.username(), user.password(), user.roles(), user.unit(),
                actor.userId());
        return ResponseEntity.created(URI.create("/api/identity/users/" + account.username()))
                .body(UserView.of(account));
    }

    @GetMapping
    PageOf<UserView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageOf.Request request = PageOf.request(page, size);
        Page<Account> found = administration.list(request.page(), request.size());
        return PageOf.of(found, request, UserView::of);
    }

    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return UserView.of(administration.get(username));
    }

    @PostMapping("/{username}/reset-password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword body, Actor actor) {
        administration.resetPassword(username, body.password(), actor.userId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/assign-roles")
    UserView assignRoles(@PathVariable String username, @RequestBody RoleAssignment body, Actor actor) {
        return UserView.of(administration.assignRoles(username, body.roles(), body.unit(), actor.userId()));
    }

    @PostMapping("/{username}/disable")
    UserView disable(@PathVariable String username, Actor actor) {
        return UserView.of(administration.disable(username, actor.userId()));
    }

    @PostMapping("/{username}/enable")
    UserView enable(@PathVariable String username, Actor actor) {
        return UserView.of(administration.enable(username, actor.userId()));
    }
}
