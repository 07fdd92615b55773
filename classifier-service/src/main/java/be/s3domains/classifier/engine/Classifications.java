package be.s3domains.classifier.engine;

import be.s3domains.classifier.contract.ExplainedClassification;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.DomainMatch;
import be.s3domains.classifier.scoring.Proposal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifies proposals with the current classifier, timing each, and counts the results that were
 * delivered: proposals by primary domain, matches and their confidence by domain. Counting is a
 * separate step so that the Kafka listener counts a result once its event is committed, not each
 * time a rolled-back batch is classified again. Thread-safe.
 */
public final class Classifications {

  /** The common tag every meter carries; the outcome meters set it to the producing version. */
  static final String CATALOG_VERSION_TAG = "catalog.version";

  private final CurrentClassifier classifier;
  private final MeterRegistry meters;
  private final Timer latency;
  private final Map<DomainVersion, Counter> classified = new ConcurrentHashMap<>();
  private final Map<DomainVersion, Counter> matched = new ConcurrentHashMap<>();
  private final Map<DomainVersion, DistributionSummary> confidence = new ConcurrentHashMap<>();

  Classifications(CurrentClassifier classifier, MeterRegistry meters) {
    this.classifier = classifier;
    this.meters = meters;
    this.latency =
        Timer.builder("classifier.classification.latency")
            .description("Time to analyse and score one proposal")
            .publishPercentileHistogram()
            .register(meters);
  }

  public Classification classify(Proposal proposal) {
    return latency.record(() -> classifier.get().classify(proposal));
  }

  /** Classifies and keeps the domains that scored but stayed under their threshold. */
  public ExplainedClassification explain(Proposal proposal) {
    return latency.record(() -> ExplainedClassification.of(classifier.get(), proposal));
  }

  /**
   * Counts a result that reached its consumer, under the catalog version that produced it: this tag
   * overrides the common one, which keeps the version the process started with.
   */
  public void count(Classification classification) {
    String primary =
        classification.primaryDomain() == null ? "none" : classification.primaryDomain();
    String version = classification.catalogVersion();
    classified
        .computeIfAbsent(new DomainVersion(primary, version), this::classifiedCounter)
        .increment();
    for (DomainMatch match : classification.matches()) {
      DomainVersion key = new DomainVersion(match.domain(), version);
      matched.computeIfAbsent(key, this::matchCounter).increment();
      confidence.computeIfAbsent(key, this::confidenceSummary).record(match.confidence());
    }
  }

  // Registered once per domain and version and kept: looking a meter up in the registry for every
  // event took a few per cent of the listener's time.
  private Counter classifiedCounter(DomainVersion key) {
    return Counter.builder("classifier.proposals.classified")
        .description("Proposals classified, by primary domain")
        .tag("domain", key.domain())
        .tag(CATALOG_VERSION_TAG, key.version())
        .register(meters);
  }

  private Counter matchCounter(DomainVersion key) {
    return Counter.builder("classifier.matches")
        .description("Domains asserted, by domain")
        .tag("domain", key.domain())
        .tag(CATALOG_VERSION_TAG, key.version())
        .register(meters);
  }

  private DistributionSummary confidenceSummary(DomainVersion key) {
    return DistributionSummary.builder("classifier.match.confidence")
        .description("Calibrated confidence of the asserted domains")
        .tag("domain", key.domain())
        .tag(CATALOG_VERSION_TAG, key.version())
        .scale(1)
        .serviceLevelObjectives(0.5, 0.7, 0.9)
        .register(meters);
  }

  private record DomainVersion(String domain, String version) {}
}
