package io.waishi.local.system;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the system tests share: finding the repository whose built jars they run. */
final class SystemTests {

    private SystemTests() {
    }

    /** The repository root: the first folder upwards from the working directory that holds {@code mvnw}. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Not inside the Waishi repository");
        }
        return dir;
    }
}
