package be.s3domains.classifier.scoring;

/**
 * Turns one domain's raw score into a probability, and says from which probability on the domain is
 * asserted: confidence = 1 / (1 + exp(-(intercept + slope * ln(1 + score)))).
 *
 * @param intercept the log-odds of a proposal that matches nothing
 * @param slope how fast the log-odds grow with the log of the score
 * @param threshold the confidence from which the domain is asserted
 */
public record DomainCalibration(double intercept, double slope, double threshold) {

  /** Used for domains that were never fitted: a single strong phrase gives about 0.5. */
  public static final DomainCalibration UNFITTED = new DomainCalibration(-3.0, 4.0, 0.5);

  public DomainCalibration {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "threshold is " + threshold + ", expected a value in (0, 1]");
    }
  }

  public double confidence(double score) {
    return 1 / (1 + Math.exp(-(intercept + slope * feature(score))));
  }

  /** The feature the curve is linear in: ln(1 + score). */
  public static double feature(double score) {
    return Math.log1p(score);
  }
}
