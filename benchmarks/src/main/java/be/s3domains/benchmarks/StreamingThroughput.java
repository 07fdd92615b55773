package be.s3domains.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Measures the packaged service end to end, once per delivery mode: proposals are loaded into a
 * topic per run first, then for each run the service jar is started as its own process and the
 * harness times how fast domain-match events become readable to a read_committed consumer, from the
 * first event to the last (the service's start-up is not counted). Prints proposals per second per
 * mode and the ratio.
 *
 * <p>Run from the repository root after {@code ./mvnw -q -B package -DskipTests}: {@code java -cp
 * benchmarks/target/benchmarks.jar be.s3domains.benchmarks.StreamingThroughput [proposals] [rounds]
 * [--service.property=value ...]}. The broker runs in this process, on the same cores as the
 * service.
 */
public final class StreamingThroughput {

  private static final Path SERVICE_JAR =
      Path.of("classifier-service/target/classifier-service.jar");
  private static final int PARTITIONS = 6;
  private static final List<String> MODES = List.of("exactly-once", "at-least-once");

  private StreamingThroughput() {}

  public static void main(String[] args) throws Exception {
    int proposals = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<String> serviceSettings = List.of(args).subList(Math.min(2, args.length), args.length);
    if (!Files.exists(SERVICE_JAR)) {
      throw new IllegalStateException(SERVICE_JAR + " is missing: run ./mvnw -q package first");
    }
    List<String> workload = SampleProposals.jsonLines();
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
    broker.brokerProperties(
        Map.of(
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "offsets.topic.replication.factor", "1",
            "group.initial.rebalance.delay.ms", "0"));
    broker.afterPropertiesSet();
    try {
      for (int round = 1; round <= rounds; round++) {
        for (String mode : MODES) {
          String run = mode + "-" + round;
          broker.addTopics("in-" + run, "out-" + run, "dlt-" + run);
          load(broker.getBrokersAsString(), "in-" + run, workload, proposals);
        }
      }
      List<String> lines = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        for (String mode : MODES) {
          String run = mode + "-" + round;
          double perSecond =
              measure(broker.getBrokersAsString(), run, mode, proposals, serviceSettings);
          lines.add(
              String.format(
                  Locale.ROOT, "%-14s round %d: %,8.0f proposals/s", mode, round, perSecond));
          System.out.println(lines.get(lines.size() - 1));
        }
      }
      System.out.println();
      System.out.printf(
          "%,d proposals, %d partitions, one listener thread, %d cores shared with the broker%n",
          proposals, PARTITIONS, Runtime.getRuntime().availableProcessors());
      lines.forEach(System.out::println);
    } finally {
      broker.destroy();
    }
  }

  /** Loads the proposals, failing if the broker did not take every one of them. */
  private static void load(String servers, String topic, List<String> workload, int count)
      throws InterruptedException, ExecutionException {
    List<Future<RecordMetadata>> sends = new ArrayList<>(count);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                1,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                120_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                600_000))) {
      for (int i = 0; i < count; i++) {
        String id = "p-" + i;
        String json = withId(workload.get(i % workload.size()), id);
        sends.add(
            producer.send(new ProducerRecord<>(topic, id, json.getBytes(StandardCharsets.UTF_8))));
      }
    }
    for (Future<RecordMetadata> send : sends) {
      send.get();
    }
  }

  /** The sample's JSON with its id replaced, so that every record is its own proposal. */
  private static String withId(String json, String id) {
    return json.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\":\"" + id + "\"");
  }

  private static double measure(
      String servers, String run, String mode, int expected, List<String> settings)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("streaming-throughput-" + run, ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                SERVICE_JAR.toString(),
                "--spring.kafka.bootstrap-servers=" + servers,
                "--server.port=0",
                "--management.server.port=0",
                "--classifier.delivery=" + mode,
                "--classifier.transaction-id-prefix=bench-" + run + "-",
                "--classifier.topics.proposals=in-" + run,
                "--classifier.topics.domain-matches=out-" + run,
                "--classifier.topics.dead-letters=dlt-" + run,
                "--spring.kafka.consumer.group-id=bench-" + run));
    command.addAll(settings);
    Process service =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try (KafkaConsumer<byte[], byte[]> events = committedReader(servers, "out-" + run)) {
      long seen = 0;
      long first = 0;
      long last = 0;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (seen < expected) {
        if (System.nanoTime() > deadline || !service.isAlive()) {
          throw new IllegalStateException(
              run + ": " + seen + " of " + expected + " events; the service's log is " + log);
        }
        int count = events.poll(Duration.ofMillis(100)).count();
        if (count > 0) {
          long now = System.nanoTime();
          if (seen == 0) {
            first = now;
          }
          last = now;
          seen += count;
        }
      }
      Files.delete(log);
      return (seen - 1) / ((last - first) / 1e9);
    } finally {
      service.destroy();
      service.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static KafkaConsumer<byte[], byte[]> committedReader(String servers, String topic) {
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
    List<TopicPartition> partitions = new ArrayList<>();
    for (int partition = 0; partition < PARTITIONS; partition++) {
      partitions.add(new TopicPartition(topic, partition));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return consumer;
  }
}
