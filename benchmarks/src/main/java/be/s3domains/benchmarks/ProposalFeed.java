package be.s3domains.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

  private static final String ID_PLACE = "\u0000";

  private final String servers;
  private final List<Template> withLanguage = new ArrayList<>();
  private final List<Template> withoutLanguage = new ArrayList<>();

  ProposalFeed(String servers) {
    this.servers = servers;
    for (String json : SampleProposals.jsonLines()) {
      String withIdPlace =
          json.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\":\"" + ID_PLACE + "\"");
      withLanguage.add(Template.of(withIdPlace));
      withoutLanguage.add(
          Template.of(withIdPlace.replaceFirst(",\\s*\"language\"\\s*:\\s*\"[a-z]+\"", "")));
    }
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
   * Sends proposals at {@code perSecond} until {@code end} (which may fall meanwhile) or the end of
   * {@code sentAt}, batched as Kafka's producer does by default (linger.ms 5), and notes in {@code
   * sentAt} the {@link System#nanoTime()} at which each was handed to the producer.
   */
  void atRate(String topic, AtomicLongArray sentAt, AtomicInteger end, double perSecond) {
    try (KafkaProducer<String, byte[]> producer = producer(5)) {
      long start = System.nanoTime();
      for (int i = 0; i < Math.min(end.get(), sentAt.length()); i++) {
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

  ProducerRecord<String, byte[]> proposal(String topic, int i) {
    String id = "p-" + i;
    List<Template> templates = i % 2 == 1 ? withoutLanguage : withLanguage;
    return new ProducerRecord<>(topic, id, templates.get(i % templates.size()).with(id));
  }

  /**
   * A sample's JSON bytes around its id, made once: the feed writes thousands a second on the cores
   * the pipeline uses, and it should not take their time editing JSON.
   */
  private record Template(byte[] before, byte[] after) {

    static Template of(String json) {
      int place = json.indexOf(ID_PLACE);
      return new Template(
          json.substring(0, place).getBytes(StandardCharsets.UTF_8),
          json.substring(place + ID_PLACE.length()).getBytes(StandardCharsets.UTF_8));
    }

    byte[] with(String id) {
      byte[] idBytes = id.getBytes(StandardCharsets.US_ASCII);
      byte[] json = Arrays.copyOf(before, before.length + idBytes.length + after.length);
      System.arraycopy(idBytes, 0, json, before.length, idBytes.length);
      System.arraycopy(after, 0, json, before.length + idBytes.length, after.length);
      return json;
    }
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
