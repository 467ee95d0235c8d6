package io.waishi.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class ChildClasspathTest {

    @Test
    void classpathIsThisModulesClassesPlusTargetLib() {
        String classpath = ChildClasspath.resolve();
        String[] entries = classpath.split(File.pathSeparator);
        Path classes = Paths.get(entries[0]);
        assertThat(Files.exists(classes.resolve("io/waishi/local/LocalStack.class"))
                || classes.toString().endsWith(".jar")).isTrue();
        assertThat(entries[1]).endsWith("lib" + File.separator + "*");
        assertThat(Paths.get(entries[1]).getParent().resolve("kafka_2.13-4.1.2.jar")).exists();
    }

    @Test
    void repoRootIsTheFolderHoldingDeployLocal() {
        assertThat(LocalStack.detectRepoRoot().resolve("deploy/local/pom.xml")).exists();
    }

    @Test
    void prefixesHaveAFixedWidth() {
        assertThat(ChildProcess.prefix(LocalStack.label(LocalStack.KAFKA))).isEqualTo("kafka      | ");
        assertThat(ChildProcess.prefix(LocalStack.label(LocalStack.TRAVEL))).isEqualTo("travel     | ");
        assertThat(ChildProcess.prefix(LocalStack.label(LocalStack.SISTER_CITY))).isEqualTo("sister-city| ");
        assertThat(LocalStack.canonical("travel")).isEqualTo(LocalStack.TRAVEL);
        assertThat(LocalStack.urlVariable(LocalStack.SISTER_CITY)).isEqualTo("SISTER_CITY_SERVICE_URL");
    }
}
