package be.s3domains.classifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Arrows point one way: messaging, web, cli, demo and dashboard -> engine -> contract -> evaluation
 * -> scoring -> text -> catalog.
 */
@AnalyzeClasses(
    packages = {"be.s3domains.classifier", "be.s3domains.catalog"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule arrowsPointOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("entry")
          .definedBy(
              "be.s3domains.classifier.messaging..",
              "be.s3domains.classifier.web..",
              "be.s3domains.classifier.cli..",
              "be.s3domains.classifier.demo..",
              "be.s3domains.classifier.dashboard..")
          .layer("engine")
          .definedBy("be.s3domains.classifier.engine..")
          .layer("contract")
          .definedBy("be.s3domains.classifier.contract..")
          .layer("evaluation")
          .definedBy("be.s3domains.classifier.evaluation..")
          .layer("scoring")
          .definedBy("be.s3domains.classifier.scoring..")
          .layer("text")
          .definedBy("be.s3domains.classifier.text..")
          .layer("catalog")
          .definedBy("be.s3domains.catalog..")
          .whereLayer("entry")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("engine")
          .mayOnlyBeAccessedByLayers("entry")
          .whereLayer("contract")
          .mayOnlyBeAccessedByLayers("entry", "engine")
          .whereLayer("evaluation")
          .mayOnlyBeAccessedByLayers("entry", "engine", "contract")
          .whereLayer("scoring")
          .mayOnlyBeAccessedByLayers("entry", "engine", "contract", "evaluation")
          .whereLayer("text")
          .mayOnlyBeAccessedByLayers("entry", "engine", "contract", "evaluation", "scoring");

  @ArchTest static final ArchRule messagingStandsAlone = entryPointIsIndependent("messaging");

  @ArchTest static final ArchRule webStandsAlone = entryPointIsIndependent("web");

  @ArchTest static final ArchRule cliStandsAlone = entryPointIsIndependent("cli");

  @ArchTest static final ArchRule dashboardStandsAlone = entryPointIsIndependent("dashboard");

  private static ArchRule entryPointIsIndependent(String room) {
    String[] others =
        java.util.stream.Stream.of("messaging", "web", "cli", "demo", "dashboard")
            .filter(other -> !other.equals(room))
            .map(other -> "be.s3domains.classifier." + other + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage("be.s3domains.classifier." + room + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others);
  }

  @ArchTest
  static final ArchRule scoringHasNoFramework =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..classifier.scoring..", "..classifier.text..", "be.s3domains.catalog..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.apache.kafka..");
}
