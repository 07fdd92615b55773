package be.s3domains.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainCatalogLoader;
import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.CalibrationFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnCommandTest {

  @TempDir Path folder;

  @Test
  void writesANewCatalogVersionThatLoadsWithItsCalibration() throws IOException {
    Path catalog = copyMiniCatalog();
    Path labelled = folder.resolve("labelled.jsonl");
    Files.write(labelled, labelledLines());
    Path output = folder.resolve("out/mini-learned.yaml");

    CommandRun run =
        CommandRun.of(
            "learn",
            "--catalog",
            catalog.toString(),
            "--input",
            labelled.toString(),
            "--split",
            "all",
            "--output",
            output.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    DomainCatalog learned = new DomainCatalogLoader(TestEngine.ANALYZER).load(output);
    assertThat(learned.version()).isEqualTo("0.1-learned");
    assertThat(learned.domains()).hasSize(3);
    Calibration calibration =
        CalibrationFiles.read(Path.of(CalibrationFiles.besideCatalog(output.toString())))
            .orElseThrow();
    assertThat(calibration.isFor(learned)).isTrue();
    assertThat(run.out()).contains("weights raised");
  }

  @Test
  void bumpsThePatchLevelOfASemanticVersion() {
    assertThat(LearnCommand.bumped("1.0.0")).isEqualTo("1.0.1-learned");
    assertThat(LearnCommand.bumped("draft")).isEqualTo("draft-learned");
  }

  @Test
  void quotesTermsSoThatAnyTextSurvivesTheRoundTrip() {
    assertThat(CatalogYaml.quote("a \"b\": c\\d")).isEqualTo("\"a \\\"b\\\": c\\\\d\"");
  }

  private Path copyMiniCatalog() throws IOException {
    Path catalog = folder.resolve("mini.yaml");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalogs/mini.yaml")) {
      Files.copy(in, catalog);
    }
    return catalog;
  }

  private static List<String> labelledLines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add(line("e" + i, "Energy savings through building renovation of homes", "energy"));
      lines.add(line("m" + i, "Additive manufacturing of brackets in a factory", "manufacturing"));
      lines.add(line("n" + i, "A survey of recycling habits in households", null));
    }
    return lines;
  }

  private static String line(String id, String text, String label) {
    return "{\"id\": \""
        + id
        + "\", \"text\": \""
        + text
        + "\", \"language\": \"en\", \"labels\": ["
        + (label == null ? "" : "\"" + label + "\"")
        + "]}";
  }
}
