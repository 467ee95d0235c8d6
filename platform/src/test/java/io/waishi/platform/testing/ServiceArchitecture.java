package io.waishi.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout STYLE.md asks of every service, as one check: the domain (an aggregate's package, outside its
 * {@code web} and {@code inbound} edges) is free of HTTP, Kafka and platform plumbing, and no edge
 * package of one feature reaches into another feature's edge.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        noClasses()
                .that().resideInAPackage(servicePackage + "..")
                .and().resideOutsideOfPackages("..web..", "..inbound..", "..demo..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..",
                        "jakarta.servlet..", "io.waishi.platform.web..", "io.waishi.platform.outbox..",
                        "io.waishi.platform.inbound..", "io.waishi.platform.kafka..", "io.waishi.platform.security..",
                        "io.waishi.platform.deadletter..", "io.waishi.platform.config..")
                .as("the domain is plain Java: no HTTP, Kafka or platform plumbing")
                .allowEmptyShould(true)
                .check(classes);
        noClasses()
                .that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..inbound..")
                .as("web controllers do not call event handlers")
                .allowEmptyShould(true)
                .check(classes);
    }
}
