package be.s3domains.classifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.wrapped.ProgressBarWrappedInputStream;

/**
 * A progress bar on standard error, so that standard output stays clean for results. When standard
 * error is not a terminal (a file, a pipe) the bar is plain text, one line every ten seconds,
 * without colours or carriage returns.
 */
final class Progress {

  private static final int PLAIN_INTERVAL_MILLIS = 10_000;

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
    ProgressBarBuilder bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total);
    if (errorIsTerminal()) {
      bar.setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(System.err));
    } else {
      bar.setUpdateIntervalMillis(PLAIN_INTERVAL_MILLIS)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new DelegatingProgressBarConsumer(System.err::println, 100));
    }
    return bar.showSpeed();
  }

  /**
   * Whether standard error goes to a terminal; where the system does not say, whether a console
   * does.
   */
  static boolean errorIsTerminal() {
    Path standardError = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(standardError)) {
      try {
        String target = Files.readSymbolicLink(standardError).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }
}
