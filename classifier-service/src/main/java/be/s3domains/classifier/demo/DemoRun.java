package be.s3domains.classifier.demo;

import be.s3domains.classifier.engine.ClassifierProperties;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points at the dashboard, feeds the samples to the proposals topic, sums up the domain-match
 * events and dead letters as they are committed, then shows one REST call and where the metrics
 * are. Exits when done if {@code classifier.demo.exit-when-done} is set: 0 when every expected
 * record was seen, 1 if not.
 */
class DemoRun implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoRun.class);

  private final ClassifierProperties properties;
  private final KafkaProperties kafka;
  private final ResultLog results;
  private final ServiceTour tour;
  private final ConfigurableApplicationContext context;

  DemoRun(
      ClassifierProperties properties,
      KafkaProperties kafka,
      ResultLog results,
      ServiceTour tour,
      ConfigurableApplicationContext context) {
    this.properties = properties;
    this.kafka = kafka;
    this.results = results;
    this.tour = tour;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    log.info(
        "Dashboard: {}/ (live events), {}/try.html (try a proposal)", tour.base(), tour.base());
    SampleRecords samples = SampleRecords.bundled(properties.maxRecordSize().toBytes());
    feed(samples);
    boolean complete = results.watch(samples.validCount(), samples.invalidCount());
    tour.showRest();
    tour.showMetrics();
    if (properties.demo().exitWhenDone()) {
      int code = complete ? 0 : 1;
      System.exit(SpringApplication.exit(context, () -> code));
    }
    log.info(
        "The service keeps running. Open {}/ for the live dashboard, {}/try.html to try a"
            + " proposal; Ctrl-C stops it.",
        tour.base(),
        tour.base());
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
}
