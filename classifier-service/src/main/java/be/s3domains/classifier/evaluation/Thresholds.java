package be.s3domains.classifier.evaluation;

/** Picks a decision threshold on probabilities by F1, as the catalog's calibration does. */
final class Thresholds {

  private Thresholds() {}

  /**
   * The threshold in [0.2, 0.8], in steps of 0.05, with the best F1; 0.5 when there are fewer than
   * {@link CalibrationFitter#MIN_POSITIVES_FOR_THRESHOLD} positives to tell. Of equally good
   * thresholds the one nearest 0.5 wins.
   */
  static double bestF1(double[] probabilities, boolean[] outcomes) {
    int positives = positives(outcomes);
    if (positives < CalibrationFitter.MIN_POSITIVES_FOR_THRESHOLD) {
      return 0.5;
    }
    double best = 0.5;
    double bestF1 = -1;
    for (int step = 4; step <= 16; step++) {
      double threshold = step / 20.0;
      int truePositives = 0;
      int predicted = 0;
      for (int i = 0; i < probabilities.length; i++) {
        if (probabilities[i] >= threshold) {
          predicted++;
          truePositives += outcomes[i] ? 1 : 0;
        }
      }
      double f1 = predicted == 0 ? 0 : 2.0 * truePositives / (predicted + positives);
      boolean tieNearerHalf =
          Math.abs(f1 - bestF1) <= 1e-9 && Math.abs(threshold - 0.5) < Math.abs(best - 0.5);
      if (f1 > bestF1 + 1e-9 || tieNearerHalf) {
        bestF1 = f1;
        best = threshold;
      }
    }
    return best;
  }

  static int positives(boolean[] outcomes) {
    int positives = 0;
    for (boolean outcome : outcomes) {
      positives += outcome ? 1 : 0;
    }
    return positives;
  }
}
