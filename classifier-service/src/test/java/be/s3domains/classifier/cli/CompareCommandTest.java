package be.s3domains.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  private static final String[][] TEXTS = {
    {"Heat pump retrofit of terraced houses with a smart grid link", "energy"},
    {"Building renovation with heat pumps for social housing", "energy"},
    {"Additive manufacturing of titanium brackets in a small factory", "manufacturing"},
    {"Robot cells and 3D printing for toolmakers on the factory floor", "manufacturing"},
    {"A history of volunteering in youth football clubs", null},
    {"Poetry festivals and the reading habits of teenagers", null}
  };

  @TempDir Path folder;

  @Test
  void trainsThePeerOnDevAndReportsItBesideTheCatalogOnTest() throws IOException {
    Path catalog = folder.resolve("mini.yaml");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalogs/mini.yaml")) {
      Files.copy(in, catalog);
    }
    Path labelled = folder.resolve("labelled.jsonl");
    Files.write(labelled, lines(60));
    Path report = folder.resolve("report");

    CommandRun run =
        CommandRun.of(
            "compare",
            "--catalog",
            catalog.toString(),
            "--input",
            labelled.toString(),
            "--folds",
            "3",
            "--report",
            report.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("| catalog |", "supervised peer", "| micro F1 |");
    assertThat(report.resolve("comparison.md")).isNotEmptyFile();
    assertThat(report.resolve("supervised-peer/quality.json")).isNotEmptyFile();
    assertThat(report.resolve("catalog/quality.md")).isNotEmptyFile();
  }

  @Test
  void refusesToEvaluateOnTheSplitItTrainsOn() {
    CommandRun run =
        CommandRun.of(
            "compare",
            "--input",
            "unused.jsonl",
            "--train-split",
            "test",
            "--split",
            "test",
            "--report",
            folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("must be different splits");
  }

  private static List<String> lines(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] text = TEXTS[i % TEXTS.length];
      lines.add(
          "{\"id\": \"s-"
              + i
              + "\", \"text\": \""
              + text[0]
              + "\", \"language\": \"en\", \"labels\": ["
              + (text[1] == null ? "" : "\"" + text[1] + "\"")
              + "]}");
    }
    return lines;
  }
}
