package be.s3domains.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir Path folder;

  @Test
  void drawsAReliabilityDiagramPerDomainAndReportsEachLanguage() throws IOException {
    Path samples = folder.resolve("proposals.jsonl");
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("samples/proposals.jsonl")) {
      Files.copy(in, samples);
    }
    Path report = folder.resolve("report");

    CommandRun run =
        CommandRun.of(
            "evaluate",
            "--input",
            samples.toString(),
            "--report",
            report.toString(),
            "--charts",
            "--by-language");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(report.resolve("reliability-agro-food.png")).isNotEmptyFile();
    assertThat(report.resolve("reliability-all.png")).isNotEmptyFile();
    assertThat(Files.readAllBytes(report.resolve("reliability-all.png")))
        .startsWith(0x89, 'P', 'N', 'G');
    assertThat(report.resolve("by-language/nl/quality.md")).isNotEmptyFile();
    assertThat(report.resolve("by-language.md"))
        .content()
        .contains("| en | 30 |", "| nl | 24 |", "| fr | 24 |");
  }
}
