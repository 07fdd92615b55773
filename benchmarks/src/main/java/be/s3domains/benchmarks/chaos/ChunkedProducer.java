package be.s3domains.benchmarks.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends the workload to the proposals topic in chunks from a thread of its own, at a given rate or
 * as fast as the broker takes it, riding out broker restarts (idempotent, long delivery timeout).
 * {@link #awaitDelivered()} fails if the broker did not take every record.
 */
final class ChunkedProducer {

  private static final int CHUNK = 1000;
  private static final Duration RIDE_OUT = Duration.ofMinutes(10);

  private final String bootstrapServers;
  private final String topic;
  private final List<WorkloadRecord> records;
  private final int perSecond;
  private final AtomicLong sent = new AtomicLong();
  private final Thread thread;
  private volatile RuntimeException failure;
  private volatile int released = Integer.MAX_VALUE;

  /**
   * @param perSecond records per second, or 0 for as fast as the broker takes them
   */
  ChunkedProducer(
      String bootstrapServers, String topic, List<WorkloadRecord> records, int perSecond) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.records = records;
    this.perSecond = perSecond;
    this.thread = new Thread(this::produce, "chaos-producer");
  }

  void start() {
    thread.start();
  }

  /** Sends no record past this many until told otherwise; all of them by default. */
  void release(int upTo) {
    released = upTo;
  }

  long sent() {
    return sent.get();
  }

  private void produce() {
    int chunk = perSecond > 0 ? Math.max(1, perSecond / 10) : CHUNK;
    long started = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = producer()) {
      int from = 0;
      while (from < records.size()) {
        int to = Math.min(Math.min(records.size(), released), from + chunk);
        if (to <= from) {
          Thread.sleep(50);
          continue;
        }
        List<Future<RecordMetadata>> deliveries = new ArrayList<>(chunk);
        for (WorkloadRecord record : records.subList(from, to)) {
          deliveries.add(producer.send(new ProducerRecord<>(topic, record.key(), record.value())));
        }
        producer.flush();
        for (Future<RecordMetadata> delivery : deliveries) {
          delivery.get();
        }
        from = to;
        sent.set(to);
        if (perSecond > 0) {
          long due = started + (long) (sent.get() * 1e9 / perSecond);
          Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      failure = new IllegalStateException("The broker did not take a record: " + e.getCause(), e);
    }
  }

  /** Waits until every record is sent, and fails if the broker did not take one of them. */
  void awaitDelivered() throws InterruptedException {
    thread.join();
    if (failure != null) {
      throw failure;
    }
    if (sent.get() != records.size()) {
      throw new IllegalStateException(
          "Only " + sent.get() + " of " + records.size() + " records were sent");
    }
  }

  boolean isDone() {
    return !thread.isAlive();
  }

  private KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.LINGER_MS_CONFIG,
            20,
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
            BrokerProcess.MAX_MESSAGE_BYTES,
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            (int) RIDE_OUT.toMillis(),
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            (int) RIDE_OUT.toMillis(),
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            30_000));
  }
}
