package eltdeck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of docs/ARCHITECTURE.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "eltdeck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The packages below both faces: they serve the window and the command line alike. */
    private static final String[] SERVICES = {"eltdeck.profile..", "eltdeck.store..", "eltdeck.ssh..",
        "eltdeck.tunnel..", "eltdeck.stack..", "eltdeck.env..", "eltdeck.prefect..", "eltdeck.airbyte..",
        "eltdeck.dbt..", "eltdeck.logs..", "eltdeck.files.."};

    @ArchTest
    static final ArchRule javaFxOnlyInTheWindow = noClasses().that().resideOutsideOfPackage("eltdeck.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule servicesKnowNeitherFace = noClasses().that().resideInAnyPackage(SERVICES)
            .should().dependOnClassesThat().resideInAnyPackage("eltdeck.ui..", "eltdeck.cli..");

    @ArchTest
    static final ArchRule theCommandLineNeverReachesIntoTheWindow = noClasses().that().resideInAPackage("eltdeck.cli..")
            .should().dependOnClassesThat().resideInAPackage("eltdeck.ui..");

    @ArchTest
    static final ArchRule theWindowNeverReachesIntoTheCommandLine = noClasses().that().resideInAPackage("eltdeck.ui..")
            .should().dependOnClassesThat().resideInAPackage("eltdeck.cli..");

    /** A profile holds its own state; the window shell builds its tabs (ProfileTabsFactory). */
    @ArchTest
    static final ArchRule theProfileBuildsNoTabViewModel = noClasses().that().haveSimpleName("ProfileViewModel")
            .should().callConstructorWhere(DescribedPredicate.<JavaConstructorCall>describe("a view model's constructor",
                    call -> call.getTargetOwner().getSimpleName().endsWith("ViewModel")
                            && !call.getTargetOwner().equals(call.getOriginOwner())));
}
