package be.s3domains.benchmarks;

import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.scoring.Proposal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts the engine benchmarks classify: the English CORDIS and the Dutch ERDF samples of the
 * shared datasets folder beside the repository when it is there, the bundled sample proposals
 * otherwise. Every stage and peer reads the same texts.
 */
final class BenchmarkTexts {

  private static final List<String> SHARED =
      List.of("shared/datasets/cordis-he-sample.jsonl", "shared/datasets/flanders-erdf-nl.jsonl");

  private BenchmarkTexts() {}

  /** The proposals as JSON lines, as they arrive from Kafka. */
  static List<String> jsonLines() {
    List<String> lines = new ArrayList<>();
    sharedFiles().forEach(file -> lines.addAll(read(file)));
    return lines.isEmpty() ? SampleProposals.jsonLines() : List.copyOf(lines);
  }

  /** The proposals as record values: their JSON lines in UTF-8. */
  static List<byte[]> records() {
    return jsonLines().stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /** The proposals with the language they state. */
  static List<Proposal> proposals() {
    return jsonLines().stream().map(ProposalJson::parse).toList();
  }

  /** Where the texts come from, for the benchmark's log. */
  static String source() {
    List<Path> files = sharedFiles();
    return files.isEmpty() ? "the bundled sample proposals" : files.toString();
  }

  private static List<Path> sharedFiles() {
    return SHARED.stream().map(BenchmarkTexts::find).flatMap(Optional::stream).toList();
  }

  private static List<String> read(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static Optional<Path> find(String file) {
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve(file);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
