package be.s3domains.benchmarks;

import java.util.Comparator;
import java.util.List;

/**
 * How fast a pipeline copied a preloaded topic once warm, the CPU time it used per thousand events
 * and its GC pauses meanwhile, how fast it went while it warmed up, and the JIT compiler's share of
 * its CPU time in either phase.
 */
record Throughput(
    double perSecond,
    double cpuMsPerThousand,
    double warmUpPerSecond,
    double warmUpCompilerShare,
    double compilerShare,
    GcLog.Heap heap) {

  /** The run with the median rate (the upper one of an even number). */
  static Throughput median(List<Throughput> runs) {
    List<Throughput> sorted =
        runs.stream().sorted(Comparator.comparingDouble(Throughput::perSecond)).toList();
    return sorted.get(sorted.size() / 2);
  }
}
