package be.s3domains.classifier.evaluation;

import be.s3domains.classifier.contract.ProposalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The labelled samples in the shared folder beside the repository, when it is there. */
final class SharedDatasets {

  private static final String CORDIS = "shared/datasets/cordis-he-sample.jsonl";
  private static final String DUTCH_DEV = "shared/datasets/flanders-erdf-nl-labelled-dev.jsonl";

  private SharedDatasets() {}

  /** The English Horizon Europe sample, labels mapped from CORDIS metadata. */
  static Optional<Path> cordis() {
    return find(CORDIS);
  }

  /** The labelled dev half of the Dutch Flemish ERDF sample. */
  static Optional<Path> dutchDev() {
    return find(DUTCH_DEV);
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

  static List<LabelledProposal> read(Path file, Split split) {
    try (var lines = Files.lines(file)) {
      return lines
          .filter(line -> !line.isBlank())
          .map(ProposalJson::parseLabelled)
          .filter(labelled -> split.contains(labelled.proposal().id()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
