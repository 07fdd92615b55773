package be.s3domains.benchmarks.chaos;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Watches the consumer group's committed offsets on the proposals topic twice a second and keeps
 * the longest stall: the longest time a partition had records waiting and its committed offset did
 * not move. (In exactly-once mode offsets commit with the batch's events, so a moving offset is
 * output becoming visible.) Time while the harness holds the broker down is not counted: the clock
 * of every partition starts again when the broker is back. Stalls are kept per phase of the run,
 * the name of the last disruption.
 */
final class StallWatch implements AutoCloseable {

  private static final Duration EVERY = Duration.ofMillis(500);

  private final Admin admin;
  private final String group;
  private final String input;
  private final List<String> outputs;
  private final int partitionCount;
  private final Map<Integer, Long> outputSeen = new HashMap<>();
  private final Map<Integer, Long> lastMove = new HashMap<>();
  private final Map<String, Duration> longestByPhase = new LinkedHashMap<>();
  private final Thread thread;
  private volatile String phase = "the start";
  private volatile long committedTotal;
  private volatile long lag = -1;
  private volatile long lastProgressAt = System.nanoTime();
  private volatile boolean brokerDown;
  private Duration longest = Duration.ZERO;
  private String longestWhere = "none";

  /**
   * @param input the proposals topic
   * @param outputs the events and dead-letter topics; a record's key puts it in the partition with
   *     the same number as its proposal's, as the topics have the same partition count
   */
  StallWatch(
      String bootstrapServers,
      String group,
      String input,
      List<String> outputs,
      int partitionCount) {
    this.admin = Clients.admin(bootstrapServers, 2000);
    this.group = group;
    this.input = input;
    this.outputs = outputs;
    this.partitionCount = partitionCount;
    this.thread = new Thread(this::watch, "chaos-stall-watch");
    this.thread.setDaemon(true);
  }

  void start() {
    long now = System.nanoTime();
    IntStream.range(0, partitionCount).forEach(partition -> lastMove.put(partition, now));
    thread.start();
  }

  /** Names what the stalls from now on follow (a kill, a broker restart). */
  void phase(String name) {
    phase = name;
  }

  void brokerDown() {
    brokerDown = true;
  }

  /** The broker answers again: stall clocks start from now. */
  synchronized void brokerBack() {
    long now = System.nanoTime();
    IntStream.range(0, partitionCount).forEach(partition -> lastMove.put(partition, now));
    brokerDown = false;
  }

  long committedTotal() {
    return committedTotal;
  }

  /** Records of the proposals topic the group has not committed; -1 before the first sample. */
  long lag() {
    return lag;
  }

  /** How long ago a committed offset last moved. */
  Duration sinceProgress() {
    return Duration.ofNanos(System.nanoTime() - lastProgressAt);
  }

  synchronized Duration longest() {
    return longest;
  }

  synchronized String longestWhere() {
    return longestWhere;
  }

  synchronized Map<String, Duration> longestByPhase() {
    return new LinkedHashMap<>(longestByPhase);
  }

  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        if (!brokerDown) {
          sample();
        }
        Thread.sleep(EVERY.toMillis());
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // The broker is restarting or slow to answer: the next sample tries again.
      }
    }
  }

  private void sample() throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(2, TimeUnit.SECONDS);
    Map<TopicPartition, Long> ends = ends(List.of(input), IsolationLevel.READ_UNCOMMITTED);
    Map<TopicPartition, Long> visible = ends(outputs, IsolationLevel.READ_COMMITTED);
    record(offsets, ends, visible, System.nanoTime());
  }

  /** The end offsets of the topics' partitions; with read_committed, the last stable offsets. */
  private Map<TopicPartition, Long> ends(List<String> topics, IsolationLevel isolation)
      throws Exception {
    Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
    for (String topic : topics) {
      for (int partition = 0; partition < partitionCount; partition++) {
        specs.put(new TopicPartition(topic, partition), OffsetSpec.latest());
      }
    }
    return admin
        .listOffsets(specs, new ListOffsetsOptions(isolation))
        .all()
        .get(2, TimeUnit.SECONDS)
        .entrySet()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
  }

  private synchronized void record(
      Map<TopicPartition, OffsetAndMetadata> offsets,
      Map<TopicPartition, Long> ends,
      Map<TopicPartition, Long> visible,
      long now) {
    long total = 0;
    long waiting = 0;
    for (int partition = 0; partition < partitionCount; partition++) {
      TopicPartition in = new TopicPartition(input, partition);
      OffsetAndMetadata offset = offsets.get(in);
      long position = offset == null ? 0 : offset.offset();
      total += position;
      waiting += ends.get(in) - position;
      long shown = 0;
      for (String output : outputs) {
        shown += visible.get(new TopicPartition(output, partition));
      }
      if (shown != outputSeen.getOrDefault(partition, 0L)) {
        outputSeen.put(partition, shown);
        lastMove.put(partition, now);
        lastProgressAt = now;
      } else if (position >= ends.get(in)) {
        lastMove.put(partition, now);
      } else {
        Duration stall = Duration.ofNanos(now - lastMove.get(partition));
        longestByPhase.merge(phase, stall, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        if (stall.compareTo(longest) > 0) {
          longest = stall;
          longestWhere = "partition " + partition + ", after " + phase;
        }
      }
    }
    committedTotal = total;
    lag = waiting;
  }

  @Override
  public void close() {
    thread.interrupt();
    admin.close(Duration.ofSeconds(2));
  }
}
