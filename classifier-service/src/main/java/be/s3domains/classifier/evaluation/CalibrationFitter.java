package be.s3domains.classifier.evaluation;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.DomainCalibration;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits each domain's score-to-probability curve on labelled proposals (Platt scaling on the log of
 * the score), shrunk toward the curve pooled over all domains, and picks each domain's threshold as
 * the one that maximises F1 on the same data. A domain with fewer than {@link
 * #MIN_POSITIVES_FOR_THRESHOLD} labelled proposals gets the pooled curve as it is: its own labels
 * are too few to say whether its terms are wrong or its labels missing (value-added logistics in
 * the CORDIS sample), and a curve fitted to them would all but switch the domain off.
 */
public final class CalibrationFitter {

  static final double PRIOR_STRENGTH = 2.0;
  static final int MIN_POSITIVES_FOR_THRESHOLD = 10;
  private static final double[] NO_PRIOR = {0, 0};
  private static final double POOLED_STRENGTH = 1e-3;

  /**
   * @param scored the raw scores of the labelled proposals, in the same order
   * @param fittedOn a description of the data, stored in the calibration for people
   */
  public Calibration fit(
      DomainCatalog catalog,
      List<ScoredProposal> scored,
      List<LabelledProposal> labelled,
      String fittedOn) {
    int domains = catalog.domains().size();
    int n = scored.size();
    double[][] scores = new double[domains][n];
    boolean[][] outcomes = new boolean[domains][n];
    double[] pooledFeatures = new double[n * domains];
    boolean[] pooledOutcomes = new boolean[n * domains];
    for (int d = 0; d < domains; d++) {
      String domain = catalog.domains().get(d).id();
      for (int i = 0; i < n; i++) {
        scores[d][i] = scored.get(i).scores().get(d).score();
        outcomes[d][i] = labelled.get(i).labels().contains(domain);
        pooledFeatures[d * n + i] = DomainCalibration.feature(scores[d][i]);
        pooledOutcomes[d * n + i] = outcomes[d][i];
      }
    }
    double[] pooled = LogisticFit.fit(pooledFeatures, pooledOutcomes, NO_PRIOR, POOLED_STRENGTH);
    Map<String, DomainCalibration> calibrations = new LinkedHashMap<>();
    for (int d = 0; d < domains; d++) {
      double[] features = new double[n];
      for (int i = 0; i < n; i++) {
        features[i] = DomainCalibration.feature(scores[d][i]);
      }
      double[] curve =
          Thresholds.positives(outcomes[d]) < MIN_POSITIVES_FOR_THRESHOLD
              ? pooled
              : LogisticFit.fit(features, outcomes[d], pooled, PRIOR_STRENGTH);
      DomainCalibration fitted = new DomainCalibration(curve[0], curve[1], 0.5);
      double threshold = bestThreshold(fitted, scores[d], outcomes[d]);
      calibrations.put(
          catalog.domains().get(d).id(), new DomainCalibration(curve[0], curve[1], threshold));
    }
    return new Calibration(
        catalog.id(), catalog.versionTag(), catalog.contentHash(), fittedOn, calibrations);
  }

  /** The threshold in [0.2, 0.8] with the best F1; 0.5 when there are too few positives to tell. */
  static double bestThreshold(DomainCalibration curve, double[] scores, boolean[] outcomes) {
    double[] confidences = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      confidences[i] = scores[i] > 0 ? curve.confidence(scores[i]) : 0;
    }
    return Thresholds.bestF1(confidences, outcomes);
  }
}
