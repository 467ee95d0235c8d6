package io.waishi.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <data>/tokens.txt}: the access tokens {@code ./waishi token} got from the provider by signing in, one
 * {@code <user> <token> <issued epoch s> <expires epoch s>} line per user, so that
 * {@code awk '$1=="director"{print $2}' tokens.txt} gives a token and the next {@code ./waishi token} reuses a
 * token that is still fresh (see {@link SignIn.AccessToken#freshAt}). Tokens of another issuer (a stack on
 * other ports) are dropped. Readable by the owner only, where the file system allows it.
 */
final class TokenFile {

    private static final String ISSUER_LINE = "# issuer ";

    private final Path file;
    private final String issuer;

    TokenFile(Path file, String issuer) {
        this.file = file;
        this.issuer = issuer;
    }

    /** The cached token of a user when it is still fresh at {@code now}. */
    Optional<String> fresh(String username, Instant now) {
        SignIn.AccessToken token = read().get(username);
        return token != null && token.freshAt(now) ? Optional.of(token.value()) : Optional.empty();
    }

    /** Stores (replaces) the token of a user. */
    synchronized void put(String username, SignIn.AccessToken token) {
        Map<String, SignIn.AccessToken> tokens = read();
        tokens.put(username, token);
        List<String> lines = new ArrayList<>();
        lines.add("# Access tokens from real sign-ins to the local stack's provider (./waishi token <user>).");
        lines.add("# <user> <token> <issued, epoch s> <expires, epoch s>; awk '$1==\"director\"{print $2}' tokens.txt");
        lines.add(ISSUER_LINE + issuer);
        tokens.forEach((user, value) -> lines.add(user + " " + value.value() + " "
                + value.issuedAt().getEpochSecond() + " " + value.expiresAt().getEpochSecond()));
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            Files.write(temporary, lines);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Map<String, SignIn.AccessToken> read() {
        Map<String, SignIn.AccessToken> tokens = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return tokens;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return tokens; // a cache: unreadable means empty
        }
        if (!lines.contains(ISSUER_LINE + issuer)) {
            return tokens;
        }
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            if (line.startsWith("#") || fields.length != 4) {
                continue;
            }
            try {
                tokens.put(fields[0], new SignIn.AccessToken(fields[1], Instant.ofEpochSecond(Long.parseLong(fields[2])),
                        Instant.ofEpochSecond(Long.parseLong(fields[3]))));
            } catch (NumberFormatException e) {
                // a damaged line: sign in again
            }
        }
        return tokens;
    }
}
