package be.s3domains.benchmarks.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The soak: one service instance fed at a steady rate for a long while, its heap, threads, file
 * handles and resident memory read every five seconds. It passes when the last minute looks like
 * the first (heap floor, threads, file handles), the instance kept up, and the committed output
 * holds every record once.
 */
final class SoakRun {

  private static final Duration EVERY = Duration.ofSeconds(5);
  private static final double MB = 1024 * 1024;

  private final ChaosOptions options;
  private final List<String> findings = new ArrayList<>();

  SoakRun(ChaosOptions options) {
    this.options = options;
  }

  boolean run(String run) throws Exception {
    Duration soak = options.soak();
    int proposals = (int) (soak.toSeconds() * options.rate());
    Workload workload = new Workload(run, proposals, 1);
    RunLog.say(
        "Soak %s: %,d proposals at %,d/s for %s, one instance, %s",
        run, proposals, options.rate(), soak, options.delivery());
    try (Testbed testbed = Testbed.start(options, run);
        GroupView group = testbed.groupView();
        StallWatch watch = testbed.stallWatch()) {
      ServiceInstance instance = testbed.startInstance("soak-a");
      group.awaitPartitions(instance.name(), Duration.ofMinutes(3));
      ChunkedProducer producer =
          new ChunkedProducer(
              testbed.bootstrapServers(), Testbed.PROPOSALS, workload, options.rate());
      watch.start();
      producer.start();
      long started = System.nanoTime();
      List<ProcessGauges> readings = new ArrayList<>();
      while (!producer.isDone()) {
        testbed.requireInstancesAlive(List.of(instance));
        ProcessGauges reading =
            ProcessGauges.read(instance, (System.nanoTime() - started) / 1e9, watch.lag());
        readings.add(reading);
        if (readings.size() % 12 == 0) {
          RunLog.say(
              "heap %.0f MB, %d threads, %d file handles, %.0f MB resident, lag %,d",
              reading.heapBytes() / MB,
              reading.threads(),
              reading.fileHandles(),
              reading.residentBytes() / MB,
              reading.lag());
        }
        Thread.sleep(EVERY.toMillis());
      }
      producer.awaitDelivered();
      while (watch.lag() > 0 || watch.committedTotal() < workload.size()) {
        testbed.requireInstancesAlive(List.of(instance));
        Thread.sleep(500);
      }
      OutputCheck check = OutputCheck.read(testbed, workload);
      report(readings, check, testbed.errorLines());
      return findings.isEmpty();
    }
  }

  private void report(List<ProcessGauges> readings, OutputCheck check, long errorLines) {
    double end = readings.get(readings.size() - 1).seconds();
    List<ProcessGauges> first = readings.stream().filter(r -> r.seconds() < 60).toList();
    List<ProcessGauges> last = readings.stream().filter(r -> r.seconds() > end - 60).toList();
    double heapFloorFirst = min(first, r -> r.heapBytes() / MB);
    double heapFloorLast = min(last, r -> r.heapBytes() / MB);
    double threadsFirst = max(first, ProcessGauges::threads);
    double threadsLast = max(last, ProcessGauges::threads);
    double handlesFirst = max(first, ProcessGauges::fileHandles);
    double handlesLast = max(last, ProcessGauges::fileHandles);
    double lagLast = max(last, ProcessGauges::lag);
    if (heapFloorLast > heapFloorFirst * 1.25 + 16) {
      findings.add("the heap floor grew from " + heapFloorFirst + " to " + heapFloorLast + " MB");
    }
    if (threadsLast > threadsFirst + 5) {
      findings.add("threads grew from " + threadsFirst + " to " + threadsLast);
    }
    if (handlesLast > handlesFirst + 20) {
      findings.add("file handles grew from " + handlesFirst + " to " + handlesLast);
    }
    if (lagLast > options.rate() * 10L) {
      findings.add("the instance fell behind: " + (long) lagLast + " records waiting");
    }
    if (!check.passes(options.duplicatesAllowed())) {
      findings.add("the committed output is not as expected");
    }
    System.out.println();
    System.out.printf(
        "Soak, %s at %,d proposals/s, %.0f s, %d readings%n",
        options.delivery(), options.rate(), end, readings.size());
    System.out.println("                         first minute   last minute");
    row("heap in use, floor (MB)", heapFloorFirst, heapFloorLast);
    row(
        "heap in use, peak (MB)",
        max(first, r -> r.heapBytes() / MB),
        max(last, r -> r.heapBytes() / MB));
    row("threads, most", threadsFirst, threadsLast);
    row("open file handles, most", handlesFirst, handlesLast);
    row(
        "resident memory (MB)",
        max(first, r -> r.residentBytes() / MB),
        max(last, r -> r.residentBytes() / MB));
    row("records waiting, most", max(first, ProcessGauges::lag), lagLast);
    check.summary().forEach(line -> System.out.println("  " + line));
    System.out.printf("  ERROR lines in the service's log: %d%n", errorLines);
    System.out.println(findings.isEmpty() ? "PASSED" : "FAILED: " + String.join("; ", findings));
  }

  private static void row(String name, double first, double last) {
    System.out.printf("  %-24s %12.0f %13.0f%n", name, first, last);
  }

  private static double min(List<ProcessGauges> readings, ToDoubleFunction<ProcessGauges> value) {
    return readings.stream().mapToDouble(value).min().orElse(Double.NaN);
  }

  private static double max(List<ProcessGauges> readings, ToDoubleFunction<ProcessGauges> value) {
    return readings.stream().mapToDouble(value).max().orElse(Double.NaN);
  }
}
