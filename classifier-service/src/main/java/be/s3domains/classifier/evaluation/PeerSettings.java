package be.s3domains.classifier.evaluation;

/**
 * How the supervised peer is trained.
 *
 * @param folds cross-validation folds over the training data that yield the out-of-fold
 *     probabilities the calibration and thresholds are fitted on
 * @param iterations maximum-entropy training iterations
 * @param cutoff features seen fewer times than this are dropped
 * @param bigrams whether adjacent stem pairs are features besides single stems
 */
public record PeerSettings(int folds, int iterations, int cutoff, boolean bigrams) {

  public static final PeerSettings DEFAULTS = new PeerSettings(5, 100, 2, true);

  public PeerSettings {
    if (folds < 2) {
      throw new IllegalArgumentException("folds is " + folds + ", expected at least 2");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations is " + iterations + ", expected at least 1");
    }
  }
}
