package be.s3domains.benchmarks;

import be.s3domains.benchmarks.Pipeline.Subject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The stream benchmark's results as Markdown tables, ratios first. */
record StreamReport(
    int proposals,
    int warmUpSeconds,
    String loadBefore,
    String loadAfter,
    Map<Pipeline, Throughput> throughputs,
    Map<Pipeline, Delays> delays) {

  private static final List<String> MODES = List.of(Pipeline.EXACTLY_ONCE, Pipeline.AT_LEAST_ONCE);

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String line(Pipeline run, int round, Throughput throughput) {
    String name = run.label() + (run.dashboard() ? ", dashboard on" : "");
    return format(
        "round %d: %-60s %,7.0f events/s, %,4.0f ms CPU per 1,000, JIT %2.0f%% of the CPU;"
            + " in the warm-up %,7.0f/s, JIT %2.0f%%",
        round,
        name,
        throughput.perSecond(),
        throughput.cpuMsPerThousand(),
        throughput.compilerShare() * 100,
        throughput.warmUpPerSecond(),
        throughput.warmUpCompilerShare() * 100);
  }

  static String line(Pipeline run, Delays delays) {
    return format(
        "%-60s at %,.0f/s: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; warm-up %s, its p99 %.0f ms",
        run.label(),
        delays.perSecond(),
        delays.percentile(50),
        delays.percentile(95),
        delays.percentile(99),
        delays.warmUpSummary(),
        delays.warmUpPercentile(99));
  }

  void print(PrintStream out) {
    out.println();
    out.println(
        format(
            "%,d proposals per run (the median of the rounds counts), counted after a warm-up of %d s"
                + " from the first event; %d partitions, %d cores shared by the broker, the pipeline"
                + " and the reader; %s %s; load average before %s, after %s",
            proposals,
            warmUpSeconds,
            StreamingThroughput.PARTITIONS,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            loadBefore,
            loadAfter));
    out.println();
    out.println(
        "| mode | threads | service | passthrough | service / passthrough | CPU per 1,000 events,"
            + " service / passthrough | JIT share of the CPU, service / passthrough | in the"
            + " warm-up: service / passthrough, JIT share |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String mode : MODES) {
      for (int threads : List.of(1, 2)) {
        Throughput service = throughputs.get(new Pipeline(Subject.SERVICE, mode, threads));
        Throughput passthrough = throughputs.get(new Pipeline(Subject.PASSTHROUGH, mode, threads));
        out.println(
            format(
                "| `%s` | %d | %,.0f/s | %,.0f/s | **%.2f** | %,.0f ms / %,.0f ms | %.0f%% / %.0f%% |"
                    + " %.2f, %.0f%% / %.0f%% |",
                mode,
                threads,
                service.perSecond(),
                passthrough.perSecond(),
                service.perSecond() / passthrough.perSecond(),
                service.cpuMsPerThousand(),
                passthrough.cpuMsPerThousand(),
                service.compilerShare() * 100,
                passthrough.compilerShare() * 100,
                service.warmUpPerSecond() / passthrough.warmUpPerSecond(),
                service.warmUpCompilerShare() * 100,
                passthrough.warmUpCompilerShare() * 100));
      }
    }
    out.println();
    printReferences(out);
    out.println();
    printDelays(out);
    out.println();
    printHeap(out);
  }

  private void printReferences(PrintStream out) {
    double copier = perSecond(new Pipeline(Subject.COPIER, Pipeline.EXACTLY_ONCE, 1));
    out.println("| `exactly-once`, 1 thread | events/s | share of Kafka's copier |");
    out.println("| --- | ---: | ---: |");
    out.println(format("| `TransactionalMessageCopier` | %,.0f/s | 1.00 |", copier));
    for (Pipeline run :
        List.of(
            new Pipeline(Subject.PASSTHROUGH, Pipeline.EXACTLY_ONCE, 1),
            new Pipeline(Subject.SERVICE, Pipeline.EXACTLY_ONCE, 1),
            new Pipeline(Subject.SERVICE, Pipeline.EXACTLY_ONCE, 1, true))) {
      String name = run.subject().label + (run.dashboard() ? " with its dashboard on" : "");
      out.println(format("| %s | %,.0f/s | %.2f |", name, perSecond(run), perSecond(run) / copier));
    }
  }

  private void printDelays(PrintStream out) {
    out.println(
        "| mode, 1 thread | rate | p50 | p95 | p99 | max | warm-up (from the first event until"
            + " caught up): p99 |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    delays.forEach(
        (run, d) ->
            out.println(
                format(
                    "| %s, `%s` | %,.0f/s | %.0f ms | %.0f ms | **%.0f ms** | %.0f ms | %s: %.0f"
                        + " ms |",
                    run.subject().label,
                    run.mode(),
                    d.perSecond(),
                    d.percentile(50),
                    d.percentile(95),
                    d.percentile(99),
                    d.percentile(100),
                    d.warmUpSummary(),
                    d.warmUpPercentile(99))));
  }

  private void printHeap(PrintStream out) {
    out.println(
        "| run (`-Xmx256m`) | GC pauses | share of the time | full GCs | most heap after GC |");
    out.println("| --- | ---: | ---: | ---: | ---: |");
    throughputs.forEach(
        (run, t) ->
            out.println(
                format(
                    "| %s | %d | %.1f%% | %d | %d MB of %d MB |",
                    run.label() + (run.dashboard() ? ", dashboard on" : ""),
                    t.heap().pauses(),
                    t.heap().pauseShare() * 100,
                    t.heap().fullPauses(),
                    t.heap().maxAfterGcMb(),
                    t.heap().heapMb())));
  }

  private double perSecond(Pipeline run) {
    return throughputs.get(run).perSecond();
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
