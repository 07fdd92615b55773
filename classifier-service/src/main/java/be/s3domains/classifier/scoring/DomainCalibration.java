package be.s3domains.classifier.scoring;

/**
 * Turns one domain's raw score into a probability, and says from which probability on the domain is
 * asserted. With x = ln(1 + score) and L = ln(chars / 1000) of the text ({@link ScoreFormula}):
 * confidence = 1 / (1 + exp(-(intercept + slope x + lengthSlope x L))). The length term lets the
 * same score mean more in a short text than in a long one, whatever its language. Immutable.
 *
 * @param intercept the log-odds of a proposal that matches nothing
 * @param slope how fast the log-odds grow with the log of the score, in a text of 1,000 characters
 * @param lengthSlope how that growth changes with the log of the text's length
 * @param threshold the confidence from which the domain is asserted
 */
public record DomainCalibration(
    double intercept, double slope, double lengthSlope, double threshold) {

  /** Used for domains that were never fitted: a single strong phrase gives about 0.5. */
  public static final DomainCalibration UNFITTED = new DomainCalibration(-3.0, 4.0, 0.0, 0.5);

  public DomainCalibration {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "threshold is " + threshold + ", expected a value in (0, 1]");
    }
  }

  public double confidence(double score, int textChars) {
    double x = ScoreFormula.scoreFeature(score);
    double logOdds =
        intercept + slope * x + lengthSlope * x * ScoreFormula.lengthFeature(textChars);
    return 1 / (1 + Math.exp(-logOdds));
  }

  public DomainCalibration withThreshold(double newThreshold) {
    return new DomainCalibration(intercept, slope, lengthSlope, newThreshold);
  }
}
