package be.s3domains.classifier.scoring;

/**
 * The score formula in one place, versioned: what a matched phrase adds to a domain's score, and
 * what the confidence curve reads of a score and its text. A calibration records the version it was
 * fitted for and is refused by any other, as it is for another catalog: change any of these
 * functions, or what the matcher counts as a match, and the version must change with it.
 *
 * <p>Version 2: phrases are also found inside compounds; confidence reads the text's length.
 */
public final class ScoreFormula {

  public static final int VERSION = 2;

  private static final double TYPICAL_CHARS = 1000;
  private static final double SHORTEST_CHARS = 100;

  private ScoreFormula() {}

  /**
   * What is left of a phrase's weight when {@code sharing} of the catalog's {@code domains} list
   * it: (1 + ln(D/k)) / (1 + ln D), so a phrase of one domain keeps its weight and one of all
   * domains keeps a third of it at seven domains.
   */
  static double specificity(int sharing, int domains) {
    return (1 + Math.log((double) domains / sharing)) / (1 + Math.log(domains));
  }

  /** BM25's weight of n occurrences of a phrase in a text of the given analysed token count. */
  static double saturation(int occurrences, int tokens, ScoringSettings settings) {
    double lengthRatio = tokens / (double) settings.typicalTokens();
    double damping =
        settings.saturation()
            * (1 - settings.lengthNormalisation() + settings.lengthNormalisation() * lengthRatio);
    return occurrences * (settings.saturation() + 1) / (occurrences + damping);
  }

  /** The score as the confidence curve reads it: ln(1 + score). */
  public static double scoreFeature(double score) {
    return Math.log1p(score);
  }

  /**
   * The text's length as the confidence curve reads it: ln(chars / 1000), chars counted from 100,
   * so zero for a text of a thousand characters and negative for shorter ones.
   */
  public static double lengthFeature(int chars) {
    return Math.log(Math.max(chars, SHORTEST_CHARS) / TYPICAL_CHARS);
  }
}
