package io.waishi.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The development token issuer of the local stack, until real sign-in arrives: an RSA key pair kept in
 * {@code <data>/dev-issuer/} ({@code private.pem} PKCS#8, {@code public.pem} X.509 SubjectPublicKeyInfo,
 * {@code jwks.json}) and RS256 JWTs with {@code sub}, {@code iss}, {@code aud}, {@code iat}, {@code exp},
 * {@code jti}, {@code roles} (array) and, when given, {@code unit}.
 *
 * <p>The services and the gateway verify these tokens with {@code public.pem}
 * ({@code WAISHI_SECURITY_JWT_PUBLIC_KEY_LOCATION=file:<data>/dev-issuer/public.pem}). Never use it outside a
 * developer machine: anyone who can read the data folder can mint any role.
 */
public final class DevIssuer {

    public static final String DEFAULT_ISSUER = "waishi-local-dev";
    public static final String DEFAULT_AUDIENCE = "waishi";
    public static final Duration DEFAULT_TTL = Duration.ofHours(12);

    private final Path directory;
    private final String issuer;
    private final String audience;
    private final RSAPublicKey publicKey;
    private final RSAPrivateKey privateKey;
    private final String keyId;

    private DevIssuer(Path directory, String issuer, String audience, RSAPublicKey publicKey,
            RSAPrivateKey privateKey) {
        this.directory = directory;
        this.issuer = issuer;
        this.audience = audience;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        try {
            this.keyId = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the issuer in {@code directory} with the default issuer and audience, creating its keys once. */
    public static DevIssuer open(Path directory) {
        return open(directory, DEFAULT_ISSUER, DEFAULT_AUDIENCE);
    }

    /** Opens the issuer in {@code directory}; generates an RSA 2048 key pair on first use and keeps it. */
    public static synchronized DevIssuer open(Path directory, String issuer, String audience) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path privatePem = dir.resolve("private.pem");
            Path publicPem = dir.resolve("public.pem");
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                writeAtomically(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
                writeAtomically(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(readPem(privatePem, "PRIVATE KEY")));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(readPem(publicPem, "PUBLIC KEY")));
            DevIssuer devIssuer = new DevIssuer(dir, issuer, audience, publicKey, privateKey);
            Path jwks = dir.resolve("jwks.json");
            String jwksJson = new JWKSet(new RSAKey.Builder(publicKey).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).keyID(devIssuer.keyId).build()).toString(true) + "\n";
            if (!Files.exists(jwks) || !Files.readString(jwks).equals(jwksJson)) {
                writeAtomically(jwks, jwksJson, false);
            }
            return devIssuer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the dev issuer in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the dev issuer keys in " + dir
                    + " (delete the folder to get new ones)", e);
        }
    }

    /** A token for {@code subject} with the default lifetime (12 h). {@code unit} may be null. */
    public String mint(String subject, String unit, String... roles) {
        return mint(subject, unit, List.of(roles), DEFAULT_TTL);
    }

    /** A token for {@code subject}, valid for {@code ttl}. {@code unit} may be null. */
    public String mint(String subject, String unit, List<String> roles, Duration ttl) {
        Objects.requireNonNull(subject, "subject");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", subject)
                .claim("roles", List.copyOf(roles));
        if (unit != null && !unit.isBlank()) {
            claims.claim("unit", unit);
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a dev token", e);
        }
        return jwt.serialize();
    }

    /** A token for a demo user with the default lifetime. */
    public String mint(DemoUser user) {
        return mint(user.username(), user.unit(), user.roles(), DEFAULT_TTL);
    }

    /**
     * Writes {@code tokens.txt}: comment lines, then one {@code <user> <token>} line per demo user, so that
     * {@code awk '$1=="director"{print $2}' tokens.txt} gives a token.
     */
    public Path writeDemoTokens() {
        StringBuilder text = new StringBuilder();
        Instant expires = Instant.now().plus(DEFAULT_TTL).truncatedTo(ChronoUnit.SECONDS);
        text.append("# Waishi local stack: dev tokens of the demo users (issuer ").append(issuer)
                .append(", audience ").append(audience).append("), valid until ").append(expires).append('\n');
        text.append("# Fresh ones any time: ./waishi token <user>   or   ./waishi token <subject> <ROLE>[,ROLE] [unit]\n");
        for (DemoUser user : DemoUser.ALL) {
            text.append("# ").append(user.username()).append(": ").append(String.join(",", user.roles()))
                    .append(user.unit() == null ? "" : " unit " + user.unit()).append('\n');
        }
        for (DemoUser user : DemoUser.ALL) {
            text.append(user.username()).append(' ').append(mint(user)).append('\n');
        }
        Path file = directory.resolve("tokens.txt");
        try {
            writeAtomically(file, text.toString(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public Path directory() {
        return directory;
    }

    public Path publicKeyFile() {
        return directory.resolve("public.pem");
    }

    public Path privateKeyFile() {
        return directory.resolve("private.pem");
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    /** The {@code kid} header of the tokens: the RFC 7638 thumbprint of the public key. */
    public String keyId() {
        return keyId;
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(file + " is not a PEM file of type " + type);
        }
        String body = text.substring(from + begin.length(), to).replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static void writeAtomically(Path file, String content, boolean ownerOnly) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            if (ownerOnly) {
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Parses "ROLE_A,ROLE_B" into role names (upper case, trimmed, empty items dropped). */
    static List<String> parseRoles(String roles) {
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .map(r -> r.toUpperCase(Locale.ROOT))
                .toList();
    }
}
