package be.s3domains.benchmarks;

import java.time.Duration;

/**
 * Decides where a delay run's warm-up ends, from the events as they arrive: after at least {@code
 * least} proposals sent, once {@code inARow} events in a row came within {@code within} of their
 * send (the pipeline has caught up with the feed), or at the proposal {@code most} if that never
 * happens. Positions are the proposals' places in the feed's order.
 */
final class CatchUp {

  private final int least;
  private final int most;
  private final int inARow;
  private final double withinMillis;
  private int highest = -1;
  private int run;
  private int measuredFrom = -1;

  CatchUp(int least, int most, int inARow, Duration within) {
    if (least > most || inARow < 1) {
      throw new IllegalArgumentException(
          "a warm-up of " + least + " to " + most + " proposals, " + inARow + " in a row");
    }
    this.least = least;
    this.most = most;
    this.inARow = inARow;
    this.withinMillis = within.toNanos() / 1e6;
  }

  int most() {
    return most;
  }

  /** Notes the event of proposal {@code index}; true if it ends the warm-up. */
  boolean ends(int index, double delayMillis) {
    if (measuredFrom >= 0) {
      return false;
    }
    highest = Math.max(highest, index);
    run = index >= least && delayMillis <= withinMillis ? run + 1 : 0;
    if (run >= inARow || highest >= most) {
      measuredFrom = Math.min(highest + 1, most);
      return true;
    }
    return false;
  }

  /**
   * The first proposal after the warm-up (past every proposal seen in it), or -1 before its end.
   */
  int measuredFrom() {
    return measuredFrom;
  }

  /** Whether the warm-up ended because the pipeline caught up, not because it ran out of time. */
  boolean caughtUp() {
    return measuredFrom >= 0 && run >= inARow;
  }
}
