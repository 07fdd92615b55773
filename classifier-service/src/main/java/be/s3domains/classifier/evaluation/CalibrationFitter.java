package be.s3domains.classifier.evaluation;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.DomainCalibration;
import be.s3domains.classifier.scoring.ScoreFormula;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits each domain's score-to-probability curve on labelled proposals, shrunk toward the curve
 * pooled over all domains, and picks one threshold shared by the domains: the one that maximises
 * micro F1, the F1 over all their domain-proposal pairs, on the same data. Once probabilities are
 * calibrated, a shared threshold is what maximises micro F1; a threshold per domain, each
 * maximising that domain's own F1, falls lowest for the domains the scorer is weakest on and so
 * asserts them on proposals that have no domain. A domain with fewer than {@link
 * #MIN_POSITIVES_FOR_THRESHOLD} labelled proposals gets the pooled curve as it is and the threshold
 * 0.5, and takes no part in choosing the shared threshold: its own labels are too few to say
 * whether its terms are wrong or its labels missing (value-added logistics in the CORDIS sample),
 * and a curve fitted to them would all but switch the domain off.
 *
 * <p>The curve is a logistic regression on the log of the score and that log times the log of the
 * text's length ({@link DomainCalibration}). Fit it on the labelled proposals of every language and
 * genre it will see, short Dutch texts and long English ones together, so that it holds for each.
 */
public final class CalibrationFitter {

  static final double PRIOR_STRENGTH = 2.0;
  static final int MIN_POSITIVES_FOR_THRESHOLD = 10;
  private static final double POOLED_STRENGTH = 1e-3;
  private static final double[] NO_PRIOR = {0, 0, 0};

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
    double[][][] features = new double[domains][n][];
    boolean[][] outcomes = new boolean[domains][n];
    double[][] pooledFeatures = new double[n * domains][];
    boolean[] pooledOutcomes = new boolean[n * domains];
    for (int d = 0; d < domains; d++) {
      String domain = catalog.domains().get(d).id();
      for (int i = 0; i < n; i++) {
        features[d][i] = features(scored.get(i), d);
        outcomes[d][i] = labelled.get(i).labels().contains(domain);
        pooledFeatures[d * n + i] = features[d][i];
        pooledOutcomes[d * n + i] = outcomes[d][i];
      }
    }
    double[] pooled = LogisticFit.fit(pooledFeatures, pooledOutcomes, NO_PRIOR, POOLED_STRENGTH);
    DomainCalibration[] curves = new DomainCalibration[domains];
    for (int d = 0; d < domains; d++) {
      double[] coefficients =
          hasEnoughPositives(outcomes[d])
              ? LogisticFit.fit(features[d], outcomes[d], pooled, PRIOR_STRENGTH)
              : pooled;
      curves[d] = new DomainCalibration(coefficients[0], coefficients[1], coefficients[2], 0.5);
    }
    double shared = sharedThreshold(curves, scored, outcomes);
    Map<String, DomainCalibration> calibrations = new LinkedHashMap<>();
    for (int d = 0; d < domains; d++) {
      double threshold = hasEnoughPositives(outcomes[d]) ? shared : 0.5;
      calibrations.put(catalog.domains().get(d).id(), curves[d].withThreshold(threshold));
    }
    return new Calibration(
        catalog.id(),
        catalog.versionTag(),
        catalog.contentHash(),
        ScoreFormula.VERSION,
        fittedOn,
        calibrations);
  }

  private static double[] features(ScoredProposal proposal, int domain) {
    double x = ScoreFormula.scoreFeature(proposal.scores().get(domain).score());
    return new double[] {1, x, x * ScoreFormula.lengthFeature(proposal.textChars())};
  }

  /**
   * The threshold in [0.2, 0.8] with the best F1 over the domain-proposal pairs of the domains with
   * enough positives; 0.5 when they have too few positives between them to tell.
   */
  static double sharedThreshold(
      DomainCalibration[] curves, List<ScoredProposal> scored, boolean[][] outcomes) {
    int n = scored.size();
    int counted = 0;
    for (boolean[] domainOutcomes : outcomes) {
      counted += hasEnoughPositives(domainOutcomes) ? 1 : 0;
    }
    double[] confidences = new double[counted * n];
    boolean[] pairOutcomes = new boolean[counted * n];
    int pair = 0;
    for (int d = 0; d < curves.length; d++) {
      if (!hasEnoughPositives(outcomes[d])) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        ScoredProposal proposal = scored.get(i);
        double score = proposal.scores().get(d).score();
        confidences[pair] = score > 0 ? curves[d].confidence(score, proposal.textChars()) : 0;
        pairOutcomes[pair] = outcomes[d][i];
        pair++;
      }
    }
    return Thresholds.bestF1(confidences, pairOutcomes);
  }

  private static boolean hasEnoughPositives(boolean[] outcomes) {
    return Thresholds.positives(outcomes) >= MIN_POSITIVES_FOR_THRESHOLD;
  }
}
