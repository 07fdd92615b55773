package be.s3domains.classifier.dashboard;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The dashboard's own consumer: reads the committed domain-match events and dead letters in a group
 * of its own (never the classification group), commits nothing, and adds each to the {@link
 * LiveTally}. Every few seconds it asks a broker for metadata, so the page can say "reconnecting"
 * during an outage; the Kafka client reconnects by itself. Runs on one thread of its own; start and
 * stop are thread-safe.
 */
final class MatchFeed implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MatchFeed.class);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration PROBE_EVERY = Duration.ofSeconds(5);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

  private final Map<String, Object> config;
  private final String events;
  private final String deadLetters;
  private final LiveTally tally;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private volatile Thread thread;

  MatchFeed(
      Map<String, Object> clientConfig,
      String groupId,
      String startAt,
      String events,
      String deadLetters,
      LiveTally tally) {
    Map<String, Object> config = new HashMap<>(clientConfig);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, startAt);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
    this.config = Map.copyOf(config);
    this.events = events;
    this.deadLetters = deadLetters;
    this.tally = tally;
  }

  @Override
  public synchronized void start() {
    consumer = new KafkaConsumer<>(config);
    consumer.subscribe(List.of(events, deadLetters));
    thread = new Thread(this::run, "dashboard-feed");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    if (thread == null) {
      return;
    }
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  private void run() {
    long lastProbe = System.nanoTime() - PROBE_EVERY.toNanos();
    try (KafkaConsumer<String, byte[]> feed = consumer) {
      while (true) {
        try {
          for (ConsumerRecord<String, byte[]> record : feed.poll(POLL)) {
            add(record);
          }
          long now = System.nanoTime();
          if (now - lastProbe >= PROBE_EVERY.toNanos()) {
            tally.connected(answers(feed));
            lastProbe = now;
          }
        } catch (WakeupException stopping) {
          return;
        } catch (RuntimeException e) {
          tally.connected(false);
          log.warn("The dashboard's consumer failed, trying again in 5 s: {}", e.toString());
          if (!pause()) {
            return;
          }
        }
      }
    }
  }

  /** False when interrupted: the feed is stopping. */
  private static boolean pause() {
    try {
      Thread.sleep(AFTER_FAILURE.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void add(ConsumerRecord<String, byte[]> record) {
    long now = System.currentTimeMillis();
    if (record.topic().equals(events)) {
      try {
        tally.on(ClassificationJson.read(new String(record.value(), StandardCharsets.UTF_8)), now);
      } catch (RuntimeException notAnEvent) {
        log.warn(
            "The dashboard skips {}-{}@{}: not a domain-match event.",
            record.topic(),
            record.partition(),
            record.offset());
      }
    } else {
      Header reason = record.headers().lastHeader(DeadLetterHeaders.REASON);
      tally.onDeadLetter(
          reason == null ? "unknown" : new String(reason.value(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Whether a broker answers a metadata request now. Asked every few seconds: the consumer's own
   * connection count and heartbeat age did not show a broker going away when tried
   * (MatchFeedOutageIT).
   */
  private static boolean answers(KafkaConsumer<?, ?> feed) {
    try {
      feed.listTopics(PROBE_TIMEOUT);
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }
}
