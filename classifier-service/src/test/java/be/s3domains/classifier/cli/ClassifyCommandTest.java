package be.s3domains.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.scoring.Classification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {

  @TempDir Path folder;
  private Path catalog;

  @BeforeEach
  void copyTestCatalog() throws IOException {
    catalog = folder.resolve("mini.yaml");
    try (InputStream in = getClass().getResourceAsStream("/catalogs/mini.yaml")) {
      Files.copy(in, catalog);
    }
  }

  @Test
  void classifiesEveryGoodLineAndReportsEachBadLineWithItsNumber() throws IOException {
    Path input =
        Files.write(
            folder.resolve("in.jsonl"),
            List.of(
                "{\"id\":\"a\",\"title\":\"Heat pumps\",\"description\":\"A smart grid for heat pumps.\"}",
                "this is not json",
                "",
                "{\"title\":\"no id\",\"description\":\"Dairy.\"}",
                "{\"id\":\"b\",\"description\":\"A study of youth football clubs.\",\"language\":\"en\"}",
                "{\"id\":\"c\"}"));
    Path output = folder.resolve("out.jsonl");

    CommandRun run = run("classify", "--input", input.toString(), "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("line 2: the proposal is not valid JSON")
        .contains("line 4: field 'id' is missing")
        .contains("line 6: proposal 'c': field 'description' (or 'text') is missing")
        .contains("Classified 2 of 5 proposals; 3 lines failed.");
    List<Classification> results =
        Files.readAllLines(output).stream().map(ClassificationJson::read).toList();
    assertThat(results).extracting(Classification::proposalId).containsExactly("a", "b");
    assertThat(results).extracting(Classification::primaryDomain).containsExactly("energy", null);
  }

  @Test
  void exitsWithZeroWhenEveryLineWasClassified() throws IOException {
    Path input =
        Files.write(
            folder.resolve("in.jsonl"), List.of("{\"id\":\"a\",\"description\":\"Dairy.\"}"));

    CommandRun run =
        run(
            "classify",
            "--input",
            input.toString(),
            "--output",
            folder.resolve("o.jsonl").toString());

    assertThat(run.exitCode()).isZero();
  }

  @Test
  void analysesOnlyUpToTheLimitAndSaysSo() throws IOException {
    String longText = "Heat pumps. " + "Nothing else. ".repeat(100);
    Path input =
        Files.write(
            folder.resolve("in.jsonl"),
            List.of("{\"id\":\"long\",\"description\":\"" + longText + "\"}"));
    Path output = folder.resolve("out.jsonl");

    CommandRun run =
        run(
            "classify",
            "--max-chars",
            "200",
            "--input",
            input.toString(),
            "--output",
            output.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains(
            "line 1: proposal 'long' is longer than 200 characters; only its start was analysed");
    assertThat(ClassificationJson.read(Files.readString(output).strip()).truncated()).isTrue();
  }

  @Test
  void namesACatalogThatIsInvalid() throws IOException {
    Path broken =
        Files.writeString(
            folder.resolve("broken.yaml"), "id: x\nversion: '1'\nlanguages: [en]\ndomains: []\n");
    Path input =
        Files.write(
            folder.resolve("in.jsonl"), List.of("{\"id\":\"a\",\"description\":\"Dairy.\"}"));

    CommandRun run =
        CommandRun.of(
            "classify",
            "--catalog",
            broken.toString(),
            "--input",
            input.toString(),
            "--output",
            "-");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains(broken.toString()).contains("catalog has no domains");
  }

  @Test
  void rejectsAMissingInputOption() {
    CommandRun run = CommandRun.of("classify", "--output", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--input=<input>'");
  }

  private CommandRun run(String... args) {
    String[] withCatalog = new String[args.length + 2];
    withCatalog[0] = args[0];
    withCatalog[1] = "--catalog";
    withCatalog[2] = catalog.toString();
    System.arraycopy(args, 1, withCatalog, 3, args.length - 1);
    return CommandRun.of(withCatalog);
  }
}
