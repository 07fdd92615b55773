package be.s3domains.benchmarks.chaos;

import java.util.Locale;

/** Progress lines on standard output, each with the seconds since the run started. */
final class RunLog {

  private static final long START = System.nanoTime();

  private RunLog() {}

  static void say(String format, Object... arguments) {
    System.out.printf(
        Locale.ROOT, "[%7.1f s] %s%n", seconds(), String.format(Locale.ROOT, format, arguments));
  }

  static double seconds() {
    return (System.nanoTime() - START) / 1e9;
  }
}
