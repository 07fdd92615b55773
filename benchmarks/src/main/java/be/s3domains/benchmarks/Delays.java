package be.s3domains.benchmarks;

import java.util.Arrays;

/**
 * End-to-end delays at a fixed rate, in milliseconds from a proposal's send to its event becoming
 * readable to a read_committed consumer, sorted.
 */
record Delays(double perSecond, double[] sorted) {

  Delays {
    sorted = sorted.clone();
    Arrays.sort(sorted);
  }

  /** The nearest-rank percentile. */
  double percentile(double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
