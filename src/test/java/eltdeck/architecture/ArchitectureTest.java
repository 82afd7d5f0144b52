package eltdeck.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import eltdeck.env.EnvText;
import eltdeck.ssh.SshLink;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;

/** The package rules of docs/ARCHITECTURE.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "eltdeck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The packages below both faces: they serve the window and the command line alike. */
    private static final String[] SERVICES = {"eltdeck.profile..", "eltdeck.store..", "eltdeck.ssh..",
        "eltdeck.tunnel..", "eltdeck.reach..", "eltdeck.stack..", "eltdeck.env..", "eltdeck.prefect..", "eltdeck.airbyte..",
        "eltdeck.dbt..", "eltdeck.logs..", "eltdeck.files.."};
    /** The window's feature packages, one per tab family; the shell assembles them. */
    private static final String[] WINDOW_FEATURES = {"eltdeck.ui.profile..", "eltdeck.ui.deploy..", "eltdeck.ui.env..",
        "eltdeck.ui.containers..", "eltdeck.ui.prefect..", "eltdeck.ui.airbyte..", "eltdeck.ui.dbt.."};

    @ArchTest
    static final ArchRule javaFxOnlyInTheWindow = noClasses().that().resideOutsideOfPackage("eltdeck.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule controlsFxOnlyInTheWindow = noClasses().that().resideOutsideOfPackage("eltdeck.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.controlsfx..");

    @ArchTest
    static final ArchRule servicesKnowNeitherFace = noClasses().that().resideInAnyPackage(SERVICES)
            .should().dependOnClassesThat().resideInAnyPackage("eltdeck.ui..", "eltdeck.cli..");

    @ArchTest
    static final ArchRule theCommandLineNeverReachesIntoTheWindow = noClasses().that().resideInAPackage("eltdeck.cli..")
            .should().dependOnClassesThat().resideInAPackage("eltdeck.ui..");

    @ArchTest
    static final ArchRule theWindowNeverReachesIntoTheCommandLine = noClasses().that().resideInAPackage("eltdeck.ui..")
            .should().dependOnClassesThat().resideInAPackage("eltdeck.cli..");

    /** A window feature knows no other feature, nor the shell: common and the log view serve them all. */
    @ArchTest
    static final ArchRule windowFeaturesKnowNoOtherFeature = slices().matching("eltdeck.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("eltdeck.ui.shell.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAnyPackage("eltdeck.ui.common..", "eltdeck.ui.logs.."));

    @ArchTest
    static final ArchRule theWindowsCommonPartsKnowNoFeature = noClasses().that().resideInAPackage("eltdeck.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage(WINDOW_FEATURES)
            .orShould().dependOnClassesThat().resideInAPackage("eltdeck.ui.shell..");

    /** One slice per top-level package (all of ui is one): none reaches back to a package that reaches it. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("eltdeck.(*)..").should().beFreeOfCycles();

    /** Periodic work in the window goes through the task runner's clock (which tests can move), not timers of its own. */
    @ArchTest
    static final ArchRule theWindowKeepsNoTimersOfItsOwn = noClasses().that().resideInAPackage("eltdeck.ui..")
            .and().doNotHaveFullyQualifiedName("eltdeck.ui.common.Scheduler$SystemTimer")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledExecutorService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledThreadPoolExecutor")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Timer");

    /** The SSH library stays behind the ssh package: everyone else sees its links, commands and exceptions only. */
    @ArchTest
    static final ArchRule theSshLibraryOnlyInTheSshPackage = noClasses().that().resideOutsideOfPackage("eltdeck.ssh..")
            .should().dependOnClassesThat().resideInAPackage("com.jcraft..");

    /** OkHttp is the one HTTP client: no call goes around it (and so around its shared configuration). */
    @ArchTest
    static final ArchRule everyHttpCallGoesThroughOkHttp = noClasses().should().dependOnClassesThat()
            .resideInAPackage("java.net.http..").orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection");

    /** A .env's text is revealed where it is parsed (env), written to the VM or a file (cli, the editor) and shown (the editor). */
    @ArchTest
    static final ArchRule onlyTheEnvTypesTheEditorAndTheCliRevealAnEnvText = noClasses()
            .that().resideOutsideOfPackages("eltdeck.env..", "eltdeck.ui.env..", "eltdeck.cli..")
            .should().callMethod(EnvText.class, "reveal").orShould().callMethod(EnvText.class, "bytes");

    /** Both faces find a profile's stack through the one resolver, so they cannot disagree about where it is. */
    @ArchTest
    static final ArchRule onlyTheResolverOpensStackSessions = noClasses()
            .that().resideOutsideOfPackages("eltdeck.reach..", "eltdeck.stack..")
            .should().callMethod(StackSession.class, "open", SshLink.class, StackSettings.class);

    /** A profile holds its own state; the window shell builds its tabs (ProfileTabs). */
    @ArchTest
    static final ArchRule theProfileBuildsNoTabViewModel = noClasses().that().haveSimpleName("ProfileViewModel")
            .should().callConstructorWhere(DescribedPredicate.<JavaConstructorCall>describe("a view model's constructor",
                    call -> call.getTargetOwner().getSimpleName().endsWith("ViewModel")
                            && !call.getTargetOwner().equals(call.getOriginOwner())));
}
