package be.s3domains.classifier.engine;

import be.s3domains.classifier.scoring.Classifier;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The classifier in use. A reload swaps it in one step: a classification runs wholly on the old or
 * wholly on the new catalog. Thread-safe.
 */
public final class CurrentClassifier {

  private final AtomicReference<Classifier> current;
  private final String source;

  CurrentClassifier(Classifier initial, String source) {
    this.current = new AtomicReference<>(initial);
    this.source = source;
  }

  public Classifier get() {
    return current.get();
  }

  /** Where the catalog comes from: a file path or "bundled". */
  public String source() {
    return source;
  }

  void replace(Classifier next) {
    current.set(next);
  }
}
