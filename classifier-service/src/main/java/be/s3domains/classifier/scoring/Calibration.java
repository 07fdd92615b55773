package be.s3domains.classifier.scoring;

import be.s3domains.catalog.DomainCatalog;
import java.util.Map;

/**
 * The per-domain calibration fitted for one catalog file, identified by its content hash, and for
 * one version of the score formula.
 *
 * @param catalogId the catalog's id
 * @param catalogVersion the catalog's version tag
 * @param catalogHash SHA-256 of the catalog file the calibration was fitted for
 * @param formulaVersion the {@link ScoreFormula#VERSION} whose scores it was fitted on
 * @param fittedOn what data it was fitted on, for people
 * @param domains calibration by domain id
 */
public record Calibration(
    String catalogId,
    String catalogVersion,
    String catalogHash,
    int formulaVersion,
    String fittedOn,
    Map<String, DomainCalibration> domains) {

  public Calibration {
    domains = Map.copyOf(domains);
  }

  /** A calibration that gives every domain the {@link DomainCalibration#UNFITTED} curve. */
  public static Calibration unfitted(DomainCatalog catalog) {
    return new Calibration(
        catalog.id(),
        catalog.versionTag(),
        catalog.contentHash(),
        ScoreFormula.VERSION,
        "nothing",
        Map.of());
  }

  /** Whether it was fitted for this catalog file and for the score formula in use. */
  public boolean isFor(DomainCatalog catalog) {
    return catalog.contentHash().equals(catalogHash) && formulaVersion == ScoreFormula.VERSION;
  }

  public boolean isFitted() {
    return !domains.isEmpty();
  }

  public DomainCalibration forDomain(String domainId) {
    return domains.getOrDefault(domainId, DomainCalibration.UNFITTED);
  }
}
