package be.s3domains.benchmarks;

import java.util.Arrays;

/**
 * End-to-end delays at a fixed rate, in milliseconds from a proposal's send to its event becoming
 * readable to a read_committed consumer, sorted: those measured, and those of the warm-up before
 * them, which began as the pipeline's new JVM published its first event and lasted until it had
 * caught up with the feed.
 *
 * @param warmUpSeconds how long the feed ran before the first proposal measured
 * @param caughtUp whether the pipeline caught up with the feed within the longest warm-up allowed;
 *     if not, the delays measured are those of a pipeline still behind
 */
record Delays(
    double perSecond, double warmUpSeconds, boolean caughtUp, double[] sorted, double[] warmUp) {

  Delays {
    sorted = sorted.clone();
    Arrays.sort(sorted);
    warmUp = warmUp.clone();
    Arrays.sort(warmUp);
  }

  /** Splits the delays of every proposal fed into the warm-up's and those measured. */
  static Delays of(double perSecond, CommittedEvents.FedDelays fed) {
    double[] all = fed.delays();
    return new Delays(
        perSecond,
        fed.measuredFrom() / perSecond,
        fed.caughtUp(),
        Arrays.copyOfRange(all, fed.measuredFrom(), all.length),
        Arrays.copyOfRange(all, 0, fed.measuredFrom()));
  }

  /** The warm-up's length, and whether the pipeline had caught up with the feed at its end. */
  String warmUpSummary() {
    return String.format(
        "%.0f s%s",
        warmUpSeconds, caughtUp ? "" : " (the pipeline had not caught up with the feed)");
  }

  /** The nearest-rank percentile of the measured delays. */
  double percentile(double p) {
    return percentile(sorted, p);
  }

  /** The nearest-rank percentile of the warm-up's delays. */
  double warmUpPercentile(double p) {
    return percentile(warmUp, p);
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
