package be.s3domains.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

  private static final String LOG =
      """
      [1.000s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 200M->90M(222M) 5.000ms
      [2.000s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Evacuation Pause) 210M->96M(222M) 3.000ms
      [2.100s][info][gc] GC(3) Pause Remark 140M->140M(222M) 1.000ms
      [2.200s][info][gc] GC(3) Pause Cleanup 150M->150M(222M) 0.500ms
      [3.000s][info][gc] GC(4) Pause Young (Mixed) (G1 Evacuation Pause) 180M->80M(230M) 4.000ms
      [9.000s][info][gc] GC(5) Pause Full (G1 Compaction Pause) 250M->120M(256M) 90.000ms
      """;

  @TempDir Path dir;

  @Test
  void theHeapAfterCollectionsLeavesOutRemarkAndCleanUp() throws Exception {
    GcLog.Heap heap = GcLog.read(log(), 0, 4);

    assertThat(heap.maxAfterGcMb()).isEqualTo(96);
    assertThat(heap.pauses()).isEqualTo(5);
    assertThat(heap.fullPauses()).isZero();
    assertThat(heap.heapMb()).isEqualTo(230);
    assertThat(heap.pauseShare()).isCloseTo(13.5 / 4000, within(1e-9));
  }

  @Test
  void aFullCollectionInTheWindowCounts() throws Exception {
    GcLog.Heap heap = GcLog.read(log(), 2.5, 10);

    assertThat(heap.pauses()).isEqualTo(2);
    assertThat(heap.fullPauses()).isEqualTo(1);
    assertThat(heap.maxAfterGcMb()).isEqualTo(120);
  }

  private Path log() throws Exception {
    return Files.writeString(dir.resolve("gc.log"), LOG);
  }
}
