package io.waishi.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The classpath of the child JVMs this module starts itself (Kafka, the Mongo wire server): this module's
 * runtime classpath, i.e. {@code target/classes} (or the module jar) plus {@code target/lib/*}, which
 * {@code maven-dependency-plugin:copy-dependencies} fills in {@code process-classes}.
 *
 * <p>Worked out from where {@link LocalStack} was loaded, not from {@code java.class.path}: under surefire
 * that property names a manifest-only jar.
 */
public final class ChildClasspath {

    /** System property overriding the computed classpath. */
    public static final String OVERRIDE_PROPERTY = "waishi.local.classpath";

    private ChildClasspath() {
    }

    public static String resolve() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return override;
        }
        Path codeSource = codeSourceOf(LocalStack.class);
        if (codeSource != null) {
            // .../target/classes or .../target/local-stack-<version>.jar -> .../target/lib
            Path lib = codeSource.getParent() == null ? null : codeSource.getParent().resolve("lib");
            if (lib != null && containsJars(lib)) {
                return codeSource + File.pathSeparator + lib + File.separator + "*";
            }
        }
        String expanded = expandJavaClassPath();
        if (expanded.contains("kafka_2.13") && expanded.contains("mongo-java-server")) {
            return expanded;
        }
        throw new IllegalStateException("cannot work out the classpath for Kafka and the Mongo wire server: no lib/ "
                + "folder next to " + codeSource + " (run ./mvnw -pl deploy/local package, or ./waishi up --rebuild)");
    }

    static Path codeSourceOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            URL location = source.getLocation();
            return Paths.get(location.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean containsJars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** java.class.path, with a manifest-only jar (surefire's booter) replaced by its Class-Path entries. */
    private static String expandJavaClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            entries.add(entry);
            if (entry.endsWith(".jar")) {
                entries.addAll(manifestClassPath(Paths.get(entry)));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> manifestClassPath(Path jar) {
        List<String> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return entries;
            }
            for (String item : classPath.trim().split("\\s+")) {
                try {
                    URL url = jar.toUri().resolve(item).toURL();
                    entries.add(Paths.get(url.toURI()).toString());
                } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                    // not a file entry; skip
                }
            }
        } catch (IOException e) {
            // unreadable jar: no extra entries
        }
        return entries;
    }
}
