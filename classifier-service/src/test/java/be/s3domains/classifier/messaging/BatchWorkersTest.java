package be.s3domains.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchWorkersTest {

  @Test
  void keepsTheOrderAndSharesALargeBatchAmongItsThreads() {
    List<Integer> batch = IntStream.range(0, 1_000).boxed().toList();
    Set<String> threadsUsed = ConcurrentHashMap.newKeySet();

    try (BatchWorkers workers = new BatchWorkers(3)) {
      List<Integer> squares =
          workers.map(
              batch,
              n -> {
                threadsUsed.add(Thread.currentThread().getName());
                return n * n;
              });

      assertThat(squares).isEqualTo(batch.stream().map(n -> n * n).toList());
    }
    assertThat(threadsUsed).hasSize(3).contains(Thread.currentThread().getName());
  }

  @Test
  void keepsASmallBatchOnTheCallingThread() {
    Set<String> threadsUsed = ConcurrentHashMap.newKeySet();

    try (BatchWorkers workers = new BatchWorkers(4)) {
      List<String> out =
          workers.map(
              List.of("a", "b", "c"),
              s -> {
                threadsUsed.add(Thread.currentThread().getName());
                return s.toUpperCase();
              });

      assertThat(out).containsExactly("A", "B", "C");
    }
    assertThat(threadsUsed).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void passesOnWhatTheFunctionThrowsOnAnotherThread() {
    List<Integer> batch = IntStream.range(0, 100).boxed().toList();

    try (BatchWorkers workers = new BatchWorkers(2)) {
      assertThatThrownBy(
              () ->
                  workers.map(
                      batch,
                      n -> {
                        if (n == 99) {
                          throw new IllegalStateException("record 99 broke the worker");
                        }
                        return n;
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("record 99 broke the worker");
    }
  }

  @Test
  void refusesNoThreads() {
    assertThatThrownBy(() -> new BatchWorkers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads is 0");
  }
}
