package be.s3domains.classifier.scoring;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainCatalogLoader;
import be.s3domains.classifier.text.LanguageDetection;
import be.s3domains.classifier.text.TextAnalyzer;
import be.s3domains.classifier.text.TokenizerKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds classifiers from catalog files. Holds the expensive, catalog-independent parts (the
 * tokenizer, the language model) so that a catalog can be reloaded cheaply. Thread-safe.
 */
public final class ClassifierLoader {

  private static final Logger log = LoggerFactory.getLogger(ClassifierLoader.class);

  private final TextAnalyzer analyzer;
  private final LanguageDetection languageDetection;
  private final ScoringSettings settings;
  private final Clock clock;

  public ClassifierLoader(
      TokenizerKind tokenizer, int detectionPrefixChars, ScoringSettings settings, Clock clock) {
    this.analyzer = new TextAnalyzer(tokenizer.create());
    this.languageDetection = LanguageDetection.withBundledModel(detectionPrefixChars);
    this.settings = settings;
    this.clock = clock;
  }

  public ClassifierLoader(ScoringSettings settings) {
    this(TokenizerKind.SIMPLE, 300, settings, Clock.systemUTC());
  }

  /** The Flanders catalog shipped with the catalog module, with its fitted calibration. */
  public Classifier loadBundled() {
    String resource = DomainCatalogLoader.FLANDERS_S3;
    DomainCatalog catalog = catalogLoader().loadResource(resource);
    return classifier(
        catalog, CalibrationFiles.readResource(CalibrationFiles.besideCatalog(resource)), resource);
  }

  /**
   * A catalog file, with the calibration given or else the one beside the catalog; with neither,
   * every domain gets the unfitted curve.
   */
  public Classifier load(Path catalogFile, Path calibrationFile) {
    DomainCatalog catalog = catalogLoader().load(catalogFile);
    Path calibration =
        calibrationFile != null
            ? calibrationFile
            : Path.of(CalibrationFiles.besideCatalog(catalogFile.toString()));
    return classifier(catalog, CalibrationFiles.read(calibration), catalogFile.toString());
  }

  /**
   * A catalog and its calibration from content read beforehand, so that what a watcher saw settle
   * is exactly what is loaded. {@code calibration} is empty when there is no calibration file.
   */
  public Classifier load(
      String catalogSource,
      byte[] catalog,
      String calibrationSource,
      Optional<byte[]> calibration) {
    DomainCatalog parsed = catalogLoader().parse(catalogSource, catalog);
    return classifier(
        parsed,
        calibration.map(content -> CalibrationFiles.read(calibrationSource, content)),
        catalogSource);
  }

  /** The catalog from a file if one is given, else the bundled one. */
  public Classifier load(Optional<Path> catalogFile, Optional<Path> calibrationFile) {
    return catalogFile
        .map(file -> load(file, calibrationFile.orElse(null)))
        .orElseGet(this::loadBundled);
  }

  public Classifier classifier(DomainCatalog catalog, Calibration calibration) {
    TermIndex index = TermIndex.build(catalog, analyzer);
    return new Classifier(
        new ProposalScorer(index, languageDetection, settings), calibration, clock);
  }

  private Classifier classifier(DomainCatalog catalog, Optional<Calibration> found, String source) {
    Calibration calibration = found.filter(c -> c.isFor(catalog)).orElse(null);
    if (calibration == null) {
      log.warn(
          "No calibration fitted for catalog {} ({}) was found{}; confidences use the unfitted curve"
              + " until one is fitted with the 'calibrate' command.",
          source,
          catalog.versionTag(),
          found.map(ClassifierLoader::mismatch).orElse(""));
      calibration = Calibration.unfitted(catalog);
    }
    return classifier(catalog, calibration);
  }

  private static String mismatch(Calibration found) {
    return found.formulaVersion() != ScoreFormula.VERSION
        ? " (the calibration found was fitted for score formula version "
            + found.formulaVersion()
            + ", this is version "
            + ScoreFormula.VERSION
            + ")"
        : " (the calibration found belongs to another catalog version)";
  }

  private DomainCatalogLoader catalogLoader() {
    return new DomainCatalogLoader(analyzer);
  }
}
