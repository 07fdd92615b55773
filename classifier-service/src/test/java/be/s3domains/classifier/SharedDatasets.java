package be.s3domains.classifier;

import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.Split;
import be.s3domains.classifier.scoring.Proposal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The labelled samples in the shared folder beside the repository, when it is there. */
public final class SharedDatasets {

  private static final String CORDIS = "shared/datasets/cordis-he-sample.jsonl";
  private static final String DUTCH_DEV = "shared/datasets/flanders-erdf-nl-labelled-dev.jsonl";
  private static final String DUTCH_ALL = "shared/datasets/flanders-erdf-nl.jsonl";

  private SharedDatasets() {}

  /** The English Horizon Europe sample, labels mapped from CORDIS metadata. */
  public static Optional<Path> cordis() {
    return find(CORDIS);
  }

  /** The labelled dev half of the Dutch Flemish ERDF sample. */
  public static Optional<Path> dutchDev() {
    return find(DUTCH_DEV);
  }

  /** All 447 texts of the Dutch Flemish ERDF sample, without labels. */
  public static Optional<Path> dutchAll() {
    return find(DUTCH_ALL);
  }

  /** Every proposal of a file, labelled or not, with the language it states. */
  public static List<Proposal> proposals(Path file) {
    return lines(file).stream().map(ProposalJson::parse).toList();
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

  public static List<LabelledProposal> read(Path file, Split split) {
    return lines(file).stream()
        .map(ProposalJson::parseLabelled)
        .filter(labelled -> split.contains(labelled.proposal().id()))
        .toList();
  }

  private static List<String> lines(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
