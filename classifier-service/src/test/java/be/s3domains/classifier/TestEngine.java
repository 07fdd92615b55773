package be.s3domains.classifier;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainCatalogLoader;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import be.s3domains.classifier.scoring.ScoringSettings;
import be.s3domains.classifier.text.TextAnalyzer;
import be.s3domains.classifier.text.TokenizerKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared engine parts for tests; the language model loads once per test JVM. */
public final class TestEngine {

  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  public static final TextAnalyzer ANALYZER = new TextAnalyzer(TokenizerKind.SIMPLE.create());
  private static ClassifierLoader loader;

  private TestEngine() {}

  public static synchronized ClassifierLoader loader() {
    if (loader == null) {
      loader = new ClassifierLoader(TokenizerKind.SIMPLE, 300, ScoringSettings.DEFAULTS, CLOCK);
    }
    return loader;
  }

  /** The three-domain test catalog in en, nl and fr. */
  public static DomainCatalog miniCatalog() {
    return new DomainCatalogLoader(ANALYZER).loadResource("catalogs/mini.yaml");
  }

  /** A classifier over the test catalog with the unfitted confidence curve. */
  public static Classifier miniClassifier() {
    DomainCatalog catalog = miniCatalog();
    return loader().classifier(catalog, Calibration.unfitted(catalog));
  }
}
