package be.s3domains.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses of a {@code -Xlog:gc} file within a window of the process's uptime: their share of the
 * window, the heap left after the collections, how many were full collections.
 */
final class GcLog {

  /**
   * {@code [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 80M->20M(256M)
   * 3.1ms}
   */
  private static final Pattern PAUSE =
      Pattern.compile(
          "^\\[(\\d+\\.\\d+)s\\].*(Pause \\w+).* (\\d+)M->(\\d+)M\\((\\d+)M\\) (\\d+\\.\\d+)ms$");

  private GcLog() {}

  static Heap read(Path log, double fromSeconds, double toSeconds) throws IOException {
    List<String> lines = Files.readAllLines(log);
    double pausedMs = 0;
    int pauses = 0;
    int full = 0;
    int maxAfter = 0;
    int maxHeap = 0;
    for (String line : lines) {
      Matcher pause = PAUSE.matcher(line);
      if (!pause.matches()) {
        continue;
      }
      double at = Double.parseDouble(pause.group(1));
      if (at < fromSeconds || at > toSeconds) {
        continue;
      }
      pauses++;
      full += pause.group(2).equals("Pause Full") ? 1 : 0;
      if (!pause.group(2).equals("Pause Remark") && !pause.group(2).equals("Pause Cleanup")) {
        // G1's remark and clean-up pauses free no objects: what they report still holds the old
        // generation's garbage that the mixed collections after them take back.
        maxAfter = Math.max(maxAfter, Integer.parseInt(pause.group(4)));
      }
      maxHeap = Math.max(maxHeap, Integer.parseInt(pause.group(5)));
      pausedMs += Double.parseDouble(pause.group(6));
    }
    return new Heap(pausedMs / ((toSeconds - fromSeconds) * 1000), pauses, full, maxAfter, maxHeap);
  }

  /**
   * @param pauseShare the share of the window the process spent in GC pauses
   * @param maxAfterGcMb the most heap a young, mixed or full collection in the window left in use
   * @param heapMb the heap's committed size
   */
  record Heap(double pauseShare, int pauses, int fullPauses, int maxAfterGcMb, int heapMb) {}
}
