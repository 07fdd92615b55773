package be.s3domains.classifier.cli;

import java.io.InputStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.wrapped.ProgressBarWrappedInputStream;

/** A progress bar on standard error, so that standard output stays clean for results. */
final class Progress {

  private Progress() {}

  static ProgressBar on(String task, int total) {
    return bar(task, total).build();
  }

  /**
   * Counts the bytes read from an input of the given size, in kB; a negative size (standard input)
   * makes the bar indeterminate. Closing the returned stream closes the bar.
   */
  static InputStream reading(String task, InputStream in, long size) {
    return new ProgressBarWrappedInputStream(in, bar(task, size).setUnit("kB", 1000).build());
  }

  private static ProgressBarBuilder bar(String task, long total) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .showSpeed();
  }
}
