package be.s3domains.classifier.cli;

import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import be.s3domains.classifier.scoring.ScoringSettings;
import be.s3domains.classifier.text.TokenizerKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command shares: which catalog, which calibration, how to analyse. */
final class EngineOptions {

  @Option(
      names = "--catalog",
      description = "Catalog file (YAML); default: the bundled Flanders catalog.")
  Path catalog;

  @Option(
      names = "--calibration",
      description = "Calibration file; default: the one beside the catalog.")
  Path calibration;

  @Option(
      names = "--max-chars",
      defaultValue = "100000",
      description = "Analyse at most this many characters of a text (default ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(
      names = "--tokenizer",
      defaultValue = "SIMPLE",
      description = "OpenNLP tokenizer: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  TokenizerKind tokenizer;

  private ClassifierLoader loader;

  Classifier classifier() {
    return loader().load(Optional.ofNullable(catalog), Optional.ofNullable(calibration));
  }

  /** The loader for these options, built once. */
  ClassifierLoader loader() {
    if (loader == null) {
      loader =
          new ClassifierLoader(
              tokenizer, 300, ScoringSettings.DEFAULTS.withMaxChars(maxChars), Clock.systemUTC());
    }
    return loader;
  }
}
