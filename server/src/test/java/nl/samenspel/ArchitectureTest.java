package nl.samenspel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/ARCHITECTURE.md, checked on the compiled server: the top-level
 * packages import one way (store ← content ← session ← live, format ← http), the domain
 * knows no transport and no storage, and the lower layers know no format.
 */
class ArchitectureTest {

    /** Plain JUnit tests over one import of the classes: they run under any filter Surefire is given. */
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("nl.samenspel");

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("nl.samenspel.(*)..")
            .should().beFreeOfCycles()
                .check(SERVER);
    }

    @Test
    void theDomainImportsNoTransportNorStorage() {
        knowsNone("nl.samenspel.session.domain..",
                "io.vertx..", "java.sql..", "nl.samenspel.store..", "nl.samenspel.live..", "nl.samenspel.http..",
                "nl.samenspel.session.bus..", "nl.samenspel.session.view..", "nl.samenspel.session.journal..",
                "nl.samenspel.format..", "nl.samenspel.export..");
    }

    @Test
    void theStoreKnowsNoSessionNorFormat() {
        knowsNone("nl.samenspel.store..", "nl.samenspel.session..", "nl.samenspel.format..",
                "nl.samenspel.live..", "nl.samenspel.http..", "nl.samenspel.content..");
    }

    @Test
    void sessionsKnowNoFormatNorTransport() {
        knowsNone("nl.samenspel.session..", "nl.samenspel.format..", "nl.samenspel.export..",
                "nl.samenspel.live..", "nl.samenspel.http..");
    }

    @Test
    void exportsKnowNoFormat() {
        knowsNone("nl.samenspel.export..", "nl.samenspel.format..", "nl.samenspel.session..",
                "nl.samenspel.live..", "nl.samenspel.http..");
    }

    @Test
    void onlyTheBootstrapAndHttpKnowTheHttpLayer() {
        noClasses().that().resideOutsideOfPackages("nl.samenspel", "nl.samenspel.http..")
            .should().dependOnClassesThat().resideInAPackage("nl.samenspel.http..")
                .check(SERVER);
    }

    /** No class in {@code layer} depends on a class in any of {@code forbidden}. */
    private static void knowsNone(String layer, String... forbidden) {
        noClasses().that().resideInAPackage(layer)
            .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .check(SERVER);
    }
}
