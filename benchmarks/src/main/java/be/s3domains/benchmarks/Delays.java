package be.s3domains.benchmarks;

import java.util.Arrays;

/**
 * End-to-end delays at a fixed rate, in milliseconds from a proposal's send to its event becoming
 * readable to a read_committed consumer, sorted: those measured, and those of the warm-up before
 * them, which began as the pipeline's new JVM published its first event.
 */
record Delays(double perSecond, int warmUpSeconds, double[] sorted, double[] warmUp) {

  Delays {
    sorted = sorted.clone();
    Arrays.sort(sorted);
    warmUp = warmUp.clone();
    Arrays.sort(warmUp);
  }

  /** Splits the delays of every proposal sent, in order, after the warm-up's first {@code n}. */
  static Delays of(double perSecond, int warmUpSeconds, double[] all, int warmUpCount) {
    return new Delays(
        perSecond,
        warmUpSeconds,
        Arrays.copyOfRange(all, warmUpCount, all.length),
        Arrays.copyOfRange(all, 0, warmUpCount));
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
