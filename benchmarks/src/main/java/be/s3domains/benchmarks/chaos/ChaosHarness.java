package be.s3domains.benchmarks.chaos;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The chaos harness's entry point ({@code scripts/chaos.sh}): runs the chaos run, or the soak with
 * {@code --soak}, and exits 0 when it passed, 1 when it failed, 2 on a usage error.
 */
public final class ChaosHarness {

  private ChaosHarness() {}

  public static void main(String[] arguments) throws Exception {
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    // The harness's own clients lose the broker on purpose; they say so on every retry.
    ((Logger) LoggerFactory.getLogger("org.apache.kafka")).setLevel(Level.ERROR);
    if (List.of(arguments).contains("--help")) {
      System.out.print(ChaosOptions.USAGE);
      return;
    }
    ChaosOptions options;
    try {
      options = ChaosOptions.parse(arguments);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(ChaosOptions.USAGE);
      System.exit(2);
      return;
    }
    String run =
        (options.soak() == null ? "chaos-" : "soak-")
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    boolean passed =
        options.soak() == null ? new ChaosRun(options).run(run) : new SoakRun(options).run(run);
    System.exit(passed ? 0 : 1);
  }
}
