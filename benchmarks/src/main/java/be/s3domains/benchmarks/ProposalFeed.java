package be.s3domains.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes sample proposals to an input topic: all at once before a throughput run, or at a fixed
 * rate during a delay run. Record {@code i} has the key and id {@code p-i}; every other one has its
 * stated language removed, so that half the proposals need their language detected.
 */
final class ProposalFeed {

  private final String servers;
  private final List<String> workload = SampleProposals.jsonLines();

  ProposalFeed(String servers) {
    this.servers = servers;
  }

  /** Loads the proposals, failing if the broker did not take every one of them. */
  void load(String topic, int count) throws InterruptedException, ExecutionException {
    List<Future<RecordMetadata>> sends = new ArrayList<>(count);
    try (KafkaProducer<String, byte[]> producer = producer(20)) {
      for (int i = 0; i < count; i++) {
        sends.add(producer.send(proposal(topic, i)));
      }
    }
    for (Future<RecordMetadata> send : sends) {
      send.get();
    }
  }

  /**
   * Sends one proposal per element of {@code sentAt} at {@code perSecond}, batched as Kafka's
   * producer does by default (linger.ms 5), and notes in it the {@link System#nanoTime()} at which
   * each was handed to the producer.
   */
  void atRate(String topic, AtomicLongArray sentAt, double perSecond) {
    try (KafkaProducer<String, byte[]> producer = producer(5)) {
      long start = System.nanoTime();
      for (int i = 0; i < sentAt.length(); i++) {
        long due = start + (long) (i * 1e9 / perSecond);
        LockSupport.parkNanos(due - System.nanoTime());
        sentAt.set(i, System.nanoTime());
        producer.send(proposal(topic, i));
      }
    }
  }

  static int index(String key) {
    return Integer.parseInt(key.substring(2));
  }

  private ProducerRecord<String, byte[]> proposal(String topic, int i) {
    String id = "p-" + i;
    String json = withId(workload.get(i % workload.size()), id);
    if (i % 2 == 1) {
      json = json.replaceFirst(",\\s*\"language\"\\s*:\\s*\"[a-z]+\"", "");
    }
    return new ProducerRecord<>(topic, id, json.getBytes(StandardCharsets.UTF_8));
  }

  /** The sample's JSON with its id replaced, so that every record is its own proposal. */
  private static String withId(String json, String id) {
    return json.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\":\"" + id + "\"");
  }

  private KafkaProducer<String, byte[]> producer(int lingerMs) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            servers,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class,
            ProducerConfig.LINGER_MS_CONFIG,
            lingerMs,
            // More requests in flight ran into out-of-order sequence errors on the test-kit broker.
            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
            1,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            120_000,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            600_000));
  }
}
