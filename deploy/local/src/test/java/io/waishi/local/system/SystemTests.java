package io.waishi.local.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    /** The processes' logs outlive the temporary data folder, for whoever reads a failed build. */
    static void keepTheLogs(Path dataDir, String folder) throws IOException {
        Path kept = repoRoot().resolve("deploy/local/target").resolve(folder);
        Files.createDirectories(kept);
        try (var logs = Files.list(dataDir.resolve("logs"))) {
            for (Path log : logs.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
