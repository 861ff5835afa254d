package org.sverka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md, as rules on the compiled main classes of every module on this
 * (the top module's) classpath. Maven already refuses a cycle between modules; these rules refuse
 * one between packages, and keep each layer to what it may use.
 */
@AnalyzeClasses(
    packages = "org.sverka",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  /**
   * Leaves out the test classes another module lends this one as a test-jar ({@code
   * sverka-core-VERSION-tests.jar} in a reactor build), which {@link
   * ImportOption.DoNotIncludeTests} only recognises in a {@code target/test-classes} folder.
   */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  /** sverka-core: the analyses. */
  static final String[] CORE = {
    "org.sverka.text..",
    "org.sverka.ingest..",
    "org.sverka.document..",
    "org.sverka.time..",
    "org.sverka.reuse..",
    "org.sverka.collate..",
    "org.sverka.quotes..",
    "org.sverka.entities..",
    "org.sverka.figures..",
    "org.sverka.claims.."
  };

  /** sverka-case: the case folder and what fills and reads it. */
  static final String[] CASE = {
    "org.sverka.store..",
    "org.sverka.stage..",
    "org.sverka.pipeline..",
    "org.sverka.search..",
    "org.sverka.query..",
    "org.sverka.eval.."
  };

  /** sverka-present: JSON and the report. */
  static final String[] PRESENT = {
    "org.sverka.json..", "org.sverka.report..", "org.sverka.export..", "org.sverka.apparatus.."
  };

  static final String[] FRONT_ENDS = {"org.sverka.cli..", "org.sverka.web.."};

  @ArchTest
  static final ArchRule noPackageCycle =
      slices()
          .matching("org.sverka.(*)..")
          .should()
          .beFreeOfCycles()
          .because("each package of the pipeline builds on the ones below it, never back");

  @ArchTest
  static final ArchRule coreIsPureAnalysis =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              concat(
                  CASE,
                  PRESENT,
                  FRONT_ENDS,
                  new String[] {
                    "java.sql..",
                    "org.apache.lucene..",
                    "gg.jte..",
                    "com.fasterxml.jackson.databind.."
                  }))
          .because("sverka-core is pure analysis: no SQL, no search index, no markup, no JSON");

  @ArchTest
  static final ArchRule caseKnowsNoPresentation =
      noClasses()
          .that()
          .resideInAnyPackage(CASE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(concat(PRESENT, FRONT_ENDS, new String[] {"gg.jte.."}))
          .because("the case folder is read the same way by the CLI, the web app and the report");

  @ArchTest
  static final ArchRule presentationKnowsNoFrontEnd =
      noClasses()
          .that()
          .resideInAnyPackage(PRESENT)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FRONT_ENDS)
          .because("the CLI and the web app both use the report and the JSON writers");

  @ArchTest
  static final ArchRule webKnowsNoCli =
      noClasses()
          .that()
          .resideInAPackage("org.sverka.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.sverka.cli..")
          .because("sverka serve is started by the CLI, not the other way round");

  /**
   * An analysis's machinery ({@code org.sverka.X.internal}) is used only by that analysis: the rest
   * of Sverka goes through its front door.
   */
  @ArchTest
  static void internalPackagesAreUsedOnlyByTheirAnalysis(JavaClasses classes) {
    for (String core : CORE) {
      String analysis = core.substring(0, core.length() - 2);
      classes()
          .that()
          .resideInAPackage(analysis + ".internal..")
          .should()
          .onlyHaveDependentClassesThat()
          .resideInAPackage(analysis + "..")
          .allowEmptyShould(true)
          .because(analysis + " is used through its front door")
          .check(classes);
    }
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
