package be.s3domains.classifier.cli;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.ExplainedClassification;
import be.s3domains.classifier.contract.InputPolicy;
import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.Classifier;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Classifies a JSONL file of proposals into a JSONL file of domain-match results. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Classifies each proposal of a JSONL file into a JSONL file of domain-match results.",
      "Bad lines are reported on standard error with their line number and the rest is still"
          + " classified. Exit code 1 when any line failed."
    })
final class ClassifyCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @Option(
      names = "--input",
      required = true,
      description = "Proposals, one JSON object a line ('-' for standard input).")
  Path input;

  @Option(
      names = "--output",
      required = true,
      description = "Results, one JSON object a line ('-' for standard output).")
  Path output;

  @Option(
      names = "--explain",
      description =
          "Also list, as notAsserted, the domains that scored but stayed under the threshold,"
              + " with their confidence, the threshold and their evidence.")
  boolean explain;

  @Override
  public Integer call() throws IOException {
    Classifier classifier = engine.classifier();
    InputPolicy policy = InputPolicy.withoutSizeLimit();
    PrintWriter errors = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int read = 0;
    int failed = 0;
    try (NumberedLines lines = NumberedLines.openWithProgress(input, "classify");
        Writer results = open(output)) {
      for (NumberedLines.Line line = lines.next(); line != null; line = lines.next()) {
        read++;
        try {
          Classification classification;
          if (explain) {
            ExplainedClassification explained =
                ExplainedClassification.of(classifier, policy.proposal(line.bytes()));
            classification = explained.classification();
            results.write(ClassificationJson.write(explained));
          } else {
            classification = classifier.classify(policy.proposal(line.bytes()));
            results.write(ClassificationJson.write(classification));
          }
          results.write('\n');
          if (classification.truncated()) {
            errors.printf(
                "line %d: proposal '%s' is longer than %d characters; only its start was analysed%n",
                line.number(), classification.proposalId(), engine.maxChars);
          }
        } catch (InvalidProposalException e) {
          failed++;
          errors.printf(
              "line %d: %s (field %s): %s%n",
              line.number(), e.problem().code(), e.field(), e.getMessage());
        }
      }
    }
    errors.printf("Classified %d of %d proposals; %d lines failed.%n", read - failed, read, failed);
    return failed == 0 ? 0 : 1;
  }

  private static Writer open(Path output) throws IOException {
    if (output.toString().equals("-")) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }
}
