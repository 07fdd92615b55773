package be.s3domains.classifier.demo;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.engine.ClassifierProperties;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.DomainMatch;
import be.s3domains.classifier.scoring.Evidence;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Feeds the samples to the proposals topic, logs every domain-match event and dead letter as it is
 * committed, then shows one REST call and the service's own metrics. Exits when done if {@code
 * classifier.demo.exit-when-done} is set: 0 when every expected record was seen, 1 if not.
 */
class DemoRun implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoRun.class);

  private final ClassifierProperties properties;
  private final KafkaProperties kafka;
  private final Environment environment;
  private final ConfigurableApplicationContext context;

  DemoRun(
      ClassifierProperties properties,
      KafkaProperties kafka,
      Environment environment,
      ConfigurableApplicationContext context) {
    this.properties = properties;
    this.kafka = kafka;
    this.environment = environment;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    SampleRecords samples = SampleRecords.bundled(properties.maxRecordSize().toBytes());
    feed(samples);
    boolean complete = watch(samples.validCount(), samples.invalidCount());
    showRest();
    showMetrics();
    if (properties.demo().exitWhenDone()) {
      int code = complete ? 0 : 1;
      System.exit(SpringApplication.exit(context, () -> code));
    }
    log.info("The service keeps running: try curl localhost:{}/api/v1/domains", port());
  }

  private void feed(SampleRecords samples) {
    Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      for (SampleRecords.Sample sample : samples.samples()) {
        producer.send(
            new ProducerRecord<>(properties.topics().proposals(), sample.key(), sample.value()));
      }
    }
    log.info(
        "Fed {} sample records to '{}': {} valid proposals, {} bad records.",
        samples.samples().size(),
        properties.topics().proposals(),
        samples.validCount(),
        samples.invalidCount());
  }

  private boolean watch(long expectedEvents, long expectedDeadLetters) {
    Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    String events = properties.topics().domainMatches();
    String deadLetters = properties.topics().deadLetters();
    long seenEvents = 0;
    long seenDeadLetters = 0;
    Instant deadline = Instant.now().plus(properties.demo().timeout());
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(events, deadLetters)) {
        consumer.partitionsFor(topic).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .forEach(partitions::add);
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while ((seenEvents < expectedEvents || seenDeadLetters < expectedDeadLetters)
          && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.topic().equals(events)) {
            seenEvents++;
            logEvent(record);
          } else {
            seenDeadLetters++;
            logDeadLetter(record);
          }
        }
      }
    }
    log.info(
        "Saw {} of {} domain-match events and {} of {} dead letters.",
        seenEvents,
        expectedEvents,
        seenDeadLetters,
        expectedDeadLetters);
    return seenEvents == expectedEvents && seenDeadLetters == expectedDeadLetters;
  }

  private static void logEvent(ConsumerRecord<String, byte[]> record) {
    Classification result =
        ClassificationJson.read(new String(record.value(), StandardCharsets.UTF_8));
    DomainMatch primary = result.matches().isEmpty() ? null : result.matches().get(0);
    log.info(
        "EVENT {} [{}] primary={} confidence={} evidence={} ce_id={}",
        result.proposalId(),
        result.language(),
        primary == null ? "none" : primary.domain(),
        primary == null ? "-" : String.format("%.2f", primary.confidence()),
        primary == null
            ? "[]"
            : primary.evidence().stream().map(Evidence::term).distinct().limit(3).toList(),
        header(record, "ce_id"));
  }

  private static void logDeadLetter(ConsumerRecord<String, byte[]> record) {
    log.info(
        "DEAD LETTER key={} reason={} field={} from {}-{}@{}: {}",
        record.key(),
        header(record, "classifier-dlt-reason"),
        header(record, "classifier-dlt-field"),
        header(record, "kafka_dlt-original-topic"),
        partition(record),
        offset(record),
        header(record, "kafka_dlt-exception-message"));
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static int partition(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader("kafka_dlt-original-partition");
    return header == null ? -1 : java.nio.ByteBuffer.wrap(header.value()).getInt();
  }

  private static long offset(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader("kafka_dlt-original-offset");
    return header == null ? -1 : java.nio.ByteBuffer.wrap(header.value()).getLong();
  }

  private void showRest() throws IOException, InterruptedException {
    String body =
        """
        {"id":"rest-1","title":"Heat pumps for terraced houses","description":"We combine \
        building renovation with heat pumps and connect the homes to a smart grid."}""";
    HttpResponse<String> answer = post("/api/v1/classifications", body);
    log.info("REST POST /api/v1/classifications -> {} {}", answer.statusCode(), answer.body());
    HttpResponse<String> problem = post("/api/v1/classifications", "{\"id\":\"rest-2\"}");
    log.info("REST POST without text -> {} {}", problem.statusCode(), problem.body());
  }

  private void showMetrics() throws IOException, InterruptedException {
    HttpResponse<String> scrape =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
    scrape
        .body()
        .lines()
        .filter(
            line ->
                line.startsWith("classifier_proposals_classified_total")
                    || line.startsWith("classifier_dead_letters_total"))
        .forEach(line -> log.info("METRIC {}", line));
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return "http://localhost:" + port();
  }

  private String port() {
    return environment.getProperty("local.server.port", "8080");
  }
}
