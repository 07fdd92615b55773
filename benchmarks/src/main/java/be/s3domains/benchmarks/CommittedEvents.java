package be.s3domains.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads an output topic as a {@code read_committed} consumer would, from its beginning: an event
 * counts when this reader sees it, which in exactly-once mode is after its transaction committed.
 */
final class CommittedEvents implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final KafkaConsumer<String, byte[]> consumer;
  private final String topic;

  CommittedEvents(String servers, String topic, int partitions) {
    this.topic = topic;
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                // Kafka's default long poll (500 ms) held back committed events on the broker,
                // which counted as delay; a latency-minded consumer sets it low.
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                20,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
    List<TopicPartition> all = new ArrayList<>();
    for (int partition = 0; partition < partitions; partition++) {
      all.add(new TopicPartition(topic, partition));
    }
    consumer.assign(all);
    consumer.seekToBeginning(all);
  }

  /** Waits for the producing process's first event. */
  void awaitFirst(Process producer) {
    Watch watch = new Watch(producer);
    int count = 0;
    while (count == 0) {
      count = consumer.poll(Duration.ofMillis(100)).count();
      watch.check(count, 0, 1);
    }
  }

  /**
   * Waits for {@code expected} events. The warm-up's are those read up to the first poll at least
   * {@code warmUp} after the first event; the span counts the rest, from that poll to the last,
   * with the CPU time the producing process used in it. The process's CPU is read only at these
   * three polls: reading it is file I/O on the cores the broker shares.
   */
  Span span(int expected, Duration warmUp, Process producer) {
    long seen = 0;
    long start = 0;
    long first = 0;
    long warmUpEvents = 0;
    Cpu atStart = null;
    Cpu atFirst = null;
    Watch watch = new Watch(producer);
    while (seen < expected) {
      int count = consumer.poll(Duration.ofMillis(100)).count();
      watch.check(count, seen, expected);
      if (count == 0) {
        continue;
      }
      long now = System.nanoTime();
      if (seen == 0) {
        start = now;
        atStart = Cpu.of(producer);
      }
      seen += count;
      if (atFirst == null && now - start >= warmUp.toNanos()) {
        first = now;
        atFirst = Cpu.of(producer);
        warmUpEvents = seen;
      }
    }
    long last = System.nanoTime();
    Cpu atLast = Cpu.of(producer);
    if (atFirst == null || warmUpEvents == seen) {
      throw new IllegalStateException(
          topic
              + ": all "
              + seen
              + " events came within the warm-up of "
              + warmUp.toSeconds()
              + " s; send more proposals");
    }
    return new Span(
        start,
        first,
        last,
        warmUpEvents,
        seen - warmUpEvents,
        atFirst.minus(atStart),
        atLast.minus(atFirst));
  }

  /**
   * Reads the events of proposals fed at a fixed rate ({@link ProposalFeed#atRate}) and notes each
   * one's delay from its send, through the warm-up the catch-up decides and the {@code measured}
   * proposals after it: the feed stops after them, at {@code feedEnd}, which this sets.
   */
  FedDelays delays(
      AtomicLongArray sentAt,
      AtomicInteger feedEnd,
      CatchUp catchUp,
      int measured,
      Process producer) {
    double[] delays = new double[sentAt.length()];
    Arrays.fill(delays, Double.NaN);
    long counted = 0;
    Watch watch = new Watch(producer);
    while (counted < feedEnd.get()) {
      ConsumerRecords<String, byte[]> events = consumer.poll(Duration.ofMillis(100));
      watch.check(events.count(), counted, feedEnd.get());
      for (ConsumerRecord<String, byte[]> event : events) {
        long now = System.nanoTime();
        int index = ProposalFeed.index(event.key());
        if (index >= feedEnd.get() || !Double.isNaN(delays[index])) {
          continue;
        }
        delays[index] = (now - sentAt.get(index)) / 1e6;
        counted++;
        if (catchUp.ends(index, delays[index])) {
          // Past every proposal counted so far, so the count stays that of [0, feedEnd).
          feedEnd.set(catchUp.measuredFrom() + measured);
        }
      }
    }
    return new FedDelays(
        Arrays.copyOf(delays, feedEnd.get()), catchUp.measuredFrom(), catchUp.caughtUp());
  }

  /**
   * The delays of every proposal fed, in milliseconds by send order, and the first one measured.
   *
   * @param caughtUp whether the pipeline caught up with the feed within the longest warm-up
   */
  record FedDelays(double[] delays, int measuredFrom, boolean caughtUp) {}

  /**
   * Gives up when the time is over, or when nothing arrived for a while after the process ended.
   */
  private final class Watch {

    private final Process producer;
    private final long deadline = System.nanoTime() + TIMEOUT.toNanos();
    private int emptyPollsSinceExit;

    Watch(Process producer) {
      this.producer = producer;
    }

    void check(int polled, long seen, long expected) {
      emptyPollsSinceExit = polled == 0 && !producer.isAlive() ? emptyPollsSinceExit + 1 : 0;
      if (System.nanoTime() > deadline || emptyPollsSinceExit > 20) {
        throw new IllegalStateException(
            topic
                + ": "
                + seen
                + " of "
                + expected
                + " events before the time was over or the"
                + " producing process ended");
      }
    }
  }

  @Override
  public void close() {
    consumer.close();
  }

  /** A process's CPU time so far, and the part of it its JIT compiler threads used. */
  record Cpu(long nanos, long compilerNanos) {

    static Cpu of(Process process) {
      return new Cpu(
          process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L),
          CompilerCpu.nanos(process));
    }

    Cpu minus(Cpu earlier) {
      return new Cpu(nanos - earlier.nanos, compilerNanos - earlier.compilerNanos);
    }

    /** The compiler's share of the CPU time; 0 when none was used. */
    double compilerShare() {
      return nanos > 0 ? (double) compilerNanos / nanos : 0;
    }
  }

  /**
   * When the first event became readable, when counting began, when the last event became readable,
   * the events before and after counting began, and the CPU time the producing process used in the
   * warm-up and while the events were counted.
   */
  record Span(
      long startNanos,
      long firstNanos,
      long lastNanos,
      long warmUpEvents,
      long events,
      Cpu warmUpCpu,
      Cpu countedCpu) {

    /** Milliseconds of the producing process's CPU time per thousand counted events. */
    double cpuMsPerThousand() {
      return countedCpu.nanos() / 1e6 / events * 1000;
    }

    double perSecond() {
      return events / ((lastNanos - firstNanos) / 1e9);
    }

    /** The rate from the first event to the end of the warm-up. */
    double warmUpPerSecond() {
      return firstNanos > startNanos ? warmUpEvents / ((firstNanos - startNanos) / 1e9) : 0;
    }
  }
}
