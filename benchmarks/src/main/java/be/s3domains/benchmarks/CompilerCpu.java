package be.s3domains.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time a process's JIT compiler threads used so far, read from Linux's {@code /proc}: how
 * much of a pipeline's CPU went to compiling rather than to its events. Zero where {@code /proc} is
 * not there.
 */
final class CompilerCpu {

  /** Linux reports thread times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private CompilerCpu() {}

  static long nanos(Process process) {
    Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
    try (Stream<Path> threads = Files.list(tasks)) {
      return threads.mapToLong(CompilerCpu::compilerTicks).sum() * NANOS_PER_TICK;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  /**
   * {@code 4242 (C2 CompilerThre) S ...}: the name in brackets, then utime and stime as the 12th
   * and 13th fields after it.
   */
  private static long compilerTicks(Path thread) {
    try {
      String stat = Files.readString(thread.resolve("stat"));
      int nameEnd = stat.lastIndexOf(')');
      String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
      if (!name.contains("CompilerThre")) {
        return 0;
      }
      String[] fields = stat.substring(nameEnd + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }
}
