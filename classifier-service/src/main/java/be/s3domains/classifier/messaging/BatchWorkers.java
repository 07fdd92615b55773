package be.s3domains.classifier.messaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Maps the records of a batch on a few threads, keeping their order: the batch is cut into one
 * contiguous share per thread, the calling thread takes the first share and pool threads the
 * others. Batches too small to be worth sharing, and a single thread, stay on the calling thread.
 * The function must not throw for one element (it returns what went wrong instead); anything it
 * throws anyway is rethrown to the caller. Thread-safe.
 */
final class BatchWorkers implements AutoCloseable {

  /** The fewest elements worth handing to another thread. */
  static final int MIN_SHARE = 8;

  private final int threads;
  private final ExecutorService pool;

  BatchWorkers(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads is " + threads + ", expected at least 1");
    }
    this.threads = threads;
    CustomizableThreadFactory workers = new CustomizableThreadFactory("batch-worker-");
    workers.setDaemon(true);
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, workers);
  }

  int threads() {
    return threads;
  }

  <T, R> List<R> map(List<T> elements, Function<T, R> function) {
    int shares = Math.min(threads, elements.size() / MIN_SHARE);
    if (shares < 2) {
      return elements.stream().map(function).toList();
    }
    Object[] results = new Object[elements.size()];
    List<Future<?>> others = new ArrayList<>(shares - 1);
    for (int share = 1; share < shares; share++) {
      int from = bound(share, shares, elements.size());
      int to = bound(share + 1, shares, elements.size());
      others.add(pool.submit(() -> fill(elements, function, results, from, to)));
    }
    fill(elements, function, results, 0, bound(1, shares, elements.size()));
    for (Future<?> other : others) {
      await(other);
    }
    @SuppressWarnings("unchecked")
    List<R> ordered = (List<R>) Arrays.asList(results);
    return ordered;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static int bound(int share, int shares, int size) {
    return (int) ((long) size * share / shares);
  }

  private static <T, R> void fill(
      List<T> elements, Function<T, R> function, Object[] results, int from, int to) {
    for (int i = from; i < to; i++) {
      results[i] = function.apply(elements.get(i));
    }
  }

  private static void await(Future<?> share) {
    try {
      share.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a batch was being classified", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
