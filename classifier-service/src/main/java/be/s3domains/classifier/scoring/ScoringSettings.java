package be.s3domains.classifier.scoring;

/**
 * How raw scores are computed.
 *
 * @param maxChars longest text analysed; the rest is cut and the result says so
 * @param maxEvidence most evidence entries reported per domain (the score counts them all)
 * @param saturation BM25 k1: how fast repeats of one phrase stop adding, higher is slower
 * @param lengthNormalisation BM25 b in [0, 1]: how much a long text's repeats are discounted
 * @param typicalTokens analysed token count of a typical proposal
 */
public record ScoringSettings(
    int maxChars,
    int maxEvidence,
    double saturation,
    double lengthNormalisation,
    int typicalTokens) {

  public static final ScoringSettings DEFAULTS = new ScoringSettings(100_000, 20, 1.2, 0.5, 180);

  public ScoringSettings {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars is " + maxChars + ", expected at least 1");
    }
    if (maxEvidence < 0) {
      throw new IllegalArgumentException("maxEvidence is " + maxEvidence + ", expected 0 or more");
    }
    if (lengthNormalisation < 0 || lengthNormalisation > 1) {
      throw new IllegalArgumentException(
          "lengthNormalisation is " + lengthNormalisation + ", expected a value in [0, 1]");
    }
  }

  public ScoringSettings withMaxChars(int limit) {
    return new ScoringSettings(limit, maxEvidence, saturation, lengthNormalisation, typicalTokens);
  }
}
