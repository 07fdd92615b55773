package be.s3domains.classifier.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The gauge {@code classifier.catalog.active}: 1 for the {@code version} in use, 0 for versions a
 * reload replaced. Common tags are fixed when a meter registers, so this gauge, not the {@code
 * catalog.version} common tag, tells which version is in use after a reload. Thread-safe.
 */
final class CatalogVersionGauge {

  private final CurrentClassifier classifier;
  private final MeterRegistry meters;

  CatalogVersionGauge(CurrentClassifier classifier, MeterRegistry meters) {
    this.classifier = classifier;
    this.meters = meters;
  }

  void register(String version) {
    Gauge.builder(
            "classifier.catalog.active",
            classifier,
            current -> current.get().catalogVersion().equals(version) ? 1 : 0)
        .description("1 for the catalog version in use")
        .tag("version", version)
        .register(meters);
  }
}
