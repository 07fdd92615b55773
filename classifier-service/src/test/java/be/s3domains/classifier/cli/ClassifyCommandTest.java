package be.s3domains.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.PolicyViolations;
import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.scoring.Classification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
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
  void rejectsLinesThatBreakTheInputPolicyWithTheReasonsOfKafkaAndRest() throws IOException {
    Path input = folder.resolve("in.jsonl");
    try (OutputStream out = Files.newOutputStream(input)) {
      for (byte[] line :
          List.of(
              PolicyViolations.zeroWidthSpaceInId(),
              PolicyViolations.loneSurrogateInId(),
              PolicyViolations.invalidUtf8(),
              PolicyViolations.encodedSurrogate(),
              "{\"id\":\"ok\",\"text\":\"Dairy waste.\"}\r".getBytes(StandardCharsets.UTF_8))) {
        out.write(line);
        out.write('\n');
      }
    }
    Path output = folder.resolve("out.jsonl");

    CommandRun run = run("classify", "--input", input.toString(), "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("line 1: invalid-value (field id): " + PolicyViolations.ZERO_WIDTH_SPACE)
        .contains("line 2: invalid-value (field id): " + PolicyViolations.LONE_SURROGATE)
        .contains("line 3: invalid-utf8 (field $): the proposal is not valid JSON: its bytes")
        .contains("line 4: invalid-utf8 (field $)")
        .contains("Classified 1 of 5 proposals; 4 lines failed.");
    assertThat(Files.readAllLines(output))
        .singleElement()
        .extracting(json -> ClassificationJson.read(json).proposalId())
        .isEqualTo("ok");
  }

  @Test
  void explainsWhichDomainsStayedUnderTheThresholdOnRequest() throws IOException {
    Path input =
        Files.write(
            folder.resolve("in.jsonl"),
            List.of(
                "{\"id\":\"w\",\"description\":\"Football clubs and the energy of their members.\",\"language\":\"en\"}"));
    Path plain = folder.resolve("plain.jsonl");
    Path explained = folder.resolve("explained.jsonl");

    run("classify", "--input", input.toString(), "--output", plain.toString());
    CommandRun run =
        run("classify", "--explain", "--input", input.toString(), "--output", explained.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(plain)).doesNotContain("notAsserted");
    assertThat(Files.readString(explained))
        .contains("\"matches\":[]")
        .contains("\"notAsserted\":[{\"domain\":\"energy\"")
        .contains("\"threshold\":");
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
        .contains("line 2: invalid-json (field $): the proposal is not valid JSON")
        .contains("line 4: missing-field (field id): field 'id' is missing")
        .contains(
            "line 6: missing-field (field description): proposal 'c': field 'description'"
                + " (or 'text') is missing")
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
  void classifiesEachLineAsSoonAsItIsRead() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    HeldBackInput stdin =
        new HeldBackInput(
            "this is not json", () -> err.toString(StandardCharsets.UTF_8).contains("line 1: "));

    CommandRun run = classifyStandardInput(stdin, err);

    assertThat(stdin.conditionHeldBeforeTheEnd()).isTrue();
    assertThat(run.err()).contains("Classified 0 of 1 proposals; 1 lines failed.");
  }

  @Test
  void showsProgressInKilobytesOfTheInputFile() throws IOException {
    Path input =
        Files.write(
            folder.resolve("in.jsonl"),
            Collections.nCopies(
                100, "{\"id\":\"a\",\"description\":\"Dairy farms and their food waste.\"}"));
    long kilobytes = Files.size(input) / 1000;

    CommandRun run =
        run("classify", "--input", input.toString(), "--output", folder.resolve("o").toString());

    assertThat(run.err()).contains("100%").contains(kilobytes + "/" + kilobytes + "kB");
  }

  @Test
  void showsAnIndeterminateProgressForStandardInput() {
    byte[] lines =
        "{\"id\":\"a\",\"description\":\"Dairy.\"}\n".repeat(50).getBytes(StandardCharsets.UTF_8);

    CommandRun run =
        classifyStandardInput(new ByteArrayInputStream(lines), new ByteArrayOutputStream());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("/?kB").contains("Classified 50 of 50 proposals");
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

  private CommandRun classifyStandardInput(InputStream stdin, ByteArrayOutputStream err) {
    return CommandRun.of(
        stdin, err, "classify", "--catalog", catalog.toString(), "--input", "-", "--output", "-");
  }
}
