package be.s3domains.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.s3domains.classifier.CommittedRecords;
import be.s3domains.classifier.ServiceProcess;
import be.s3domains.classifier.StandaloneBroker;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.scoring.Proposal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once across a hard crash: the packaged service runs as a process of its own, is killed
 * with SIGKILL in the middle of the stream, and a second process with the same transactional id
 * prefix, group instance id and consumer group takes over, with the shipped consumer settings. The
 * committed output then holds one event per proposal and one dead letter per bad record, none
 * twice, and the second process got its partitions as soon as its listener joined: it took over its
 * predecessor's static membership instead of waiting for that member's session to time out.
 */
class HardCrashExactlyOnceIT {

  private static final Logger LOG = LoggerFactory.getLogger(HardCrashExactlyOnceIT.class);
  private static final int PROPOSALS = 3000;
  private static final Path LOGS = Path.of("target", "hard-crash");

  /** The shipped {@code session.timeout.ms} (application.yaml). */
  private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

  private static final Pattern LOG_TIME = Pattern.compile("^(\\S+Z) ", Pattern.MULTILINE);
  private static final List<Proposal> TEXTS =
      List.of(
          TestProposals.heatPumpRenovation(),
          TestProposals.dairyWaste(),
          TestProposals.dairyWasteInDutch(),
          TestProposals.unrelated(),
          TestProposals.eHealth(),
          TestProposals.urbanMining(),
          TestProposals.bioBasedInsulation());

  private static StandaloneBroker broker;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<ServiceProcess> services = new ArrayList<>();

  @RegisterExtension
  final TestWatcher logsOnFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          services.forEach(
              service ->
                  System.out.printf(
                      "%n--- last lines of %s ---%n%s%n", service.log(), service.logTail(80)));
        }
      };

  @BeforeAll
  static void startTheBroker() {
    broker = StandaloneBroker.start(3, "proposals", "domain-matches", "proposals.DLT");
  }

  @AfterAll
  static void stopTheBroker() {
    broker.close();
  }

  @AfterEach
  void killTheServices() {
    services.forEach(ServiceProcess::close);
  }

  @Test
  void publishesEachProposalExactlyOnceWhenTheServiceIsKilledMidStreamAndRestarted()
      throws IOException {
    List<String> ids = IntStream.range(0, PROPOSALS).mapToObj(n -> run + "-proposal-" + n).toList();
    Map<String, byte[]> bad = badRecords();
    produce(ids, bad);

    try (CommittedRecords events =
            new CommittedRecords(broker.bootstrapServers(), "domain-matches");
        CommittedRecords deadLetters =
            new CommittedRecords(broker.bootstrapServers(), "proposals.DLT")) {
      long committedByTheKilledProcess = killMidStream(start("first"), events);
      assertThat(committedByTheKilledProcess)
          .as("events the first process committed: it must be killed before it is done")
          .isPositive()
          .isLessThan(PROPOSALS);

      Instant secondStarted = Instant.now();
      ServiceProcess second = start("second");
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(500))
          .failFast("The second service process exited", () -> !second.isAlive())
          .until(
              () ->
                  broker.lag(group(), "proposals") == 0
                      && distinctKeys(events.read(this::ours)) == PROPOSALS
                      && distinctKeys(deadLetters.read(this::ours)) == bad.size());

      LOG.info(
          "The second process finished the stream {} s after it was started.",
          Duration.between(secondStarted, Instant.now()).toSeconds());
      String secondLog = Files.readString(second.log());
      assertThat(secondLog)
          .as("the second process fenced its predecessor's transactional producer at start-up")
          .contains("Initialised 1 transactional producer(s) with prefix 'hard-crash-" + run);
      assertThat(joinToAssignment(secondLog))
          .as("from the restarted listener's start to its partitions, against the session timeout")
          .isLessThan(SESSION_TIMEOUT.dividedBy(2));
      assertExactlyOnce(events.readToEnd(this::ours), Set.copyOf(ids));
      assertExactlyOnce(deadLetters.readToEnd(this::ours), bad.keySet());
    }
  }

  /**
   * Kills the service once a fifth of the events are committed, and tells how many the killed
   * process committed in all.
   */
  private long killMidStream(ServiceProcess service, CommittedRecords events) {
    long committedAtTheKill =
        await()
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(100))
            .failFast("The service process exited before it was killed", () -> !service.isAlive())
            .until(() -> distinctKeys(events.read(this::ours)), n -> n >= PROPOSALS / 5);
    service.kill();
    long committed = distinctKeys(events.readToEnd(this::ours));
    LOG.info(
        "Killed the service process with {} of {} events committed ({} in all).",
        committedAtTheKill,
        PROPOSALS,
        committed);
    return committed;
  }

  private static void assertExactlyOnce(
      List<ConsumerRecord<String, byte[]>> committed, Set<String> expected) {
    Map<String, Long> copies =
        committed.stream()
            .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    assertThat(copies.entrySet().stream().filter(key -> key.getValue() > 1))
        .as("keys committed more than once")
        .isEmpty();
    assertThat(expected.stream().filter(key -> !copies.containsKey(key)))
        .as("keys never committed")
        .isEmpty();
    assertThat(copies.keySet()).as("keys committed").isEqualTo(expected);
  }

  private ServiceProcess start(String name) throws IOException {
    ServiceProcess service =
        ServiceProcess.start(
            LOGS.resolve(run + "-" + name + ".log"),
            List.of(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--server.port=0",
                "--management.server.port=0",
                "--classifier.transaction-id-prefix=hard-crash-" + run + "-",
                "--spring.kafka.consumer.group-id=" + group(),
                "--classifier.group-instance-id=hard-crash-" + run,
                "--spring.kafka.consumer.max-poll-records=50",
                // Small fetches: the batches take turns among the partitions, so all three are
                // under way when the process is killed.
                "--spring.kafka.consumer.properties.max.partition.fetch.bytes=16384",
                "--classifier.topics.partitions=3"));
    services.add(service);
    return service;
  }

  /**
   * The time between the line that comes just before the listener starts (the fencing of the
   * predecessor's producers) and the listener's first partition assignment, from the log's
   * timestamps.
   */
  private static Duration joinToAssignment(String log) {
    return Duration.between(
        timeOfLine(log, "Initialised 1 transactional producer(s)"),
        timeOfLine(log, "partitions assigned: [proposals-"));
  }

  private static Instant timeOfLine(String log, String text) {
    int at = log.indexOf(text);
    assertThat(at).as("the log has a line with '%s'", text).isNotNegative();
    Matcher time = LOG_TIME.matcher(log.substring(log.lastIndexOf('\n', at) + 1, at));
    assertThat(time.find()).as("the line with '%s' starts with a time", text).isTrue();
    return Instant.parse(time.group(1));
  }

  private String group() {
    return "hard-crash-" + run;
  }

  private boolean ours(String key) {
    return key.startsWith(run + "-");
  }

  private static long distinctKeys(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(ConsumerRecord::key).distinct().count();
  }

  /** The proposals in order, with one bad record after every few hundred. */
  private void produce(List<String> ids, Map<String, byte[]> bad) {
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    List<Map.Entry<String, byte[]>> badOnes = List.copyOf(bad.entrySet());
    int spacing = ids.size() / (badOnes.size() + 1);
    for (int n = 0; n < ids.size(); n++) {
      Proposal proposal = TestProposals.withId(TEXTS.get(n % TEXTS.size()), ids.get(n));
      records.add(record(ids.get(n), bytes(TestProposals.json(proposal))));
      if (n % spacing == spacing - 1 && n / spacing < badOnes.size()) {
        Map.Entry<String, byte[]> badOne = badOnes.get(n / spacing);
        records.add(record(badOne.getKey(), badOne.getValue()));
      }
    }
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
      records.forEach(producer::send);
    }
  }

  private Map<String, byte[]> badRecords() {
    Map<String, byte[]> bad = new LinkedHashMap<>();
    bad.put(run + "-bad-not-json", bytes("this is not json"));
    bad.put(run + "-bad-array", bytes("[\"not\",\"an\",\"object\"]"));
    bad.put(run + "-bad-no-id", bytes("{\"description\":\"Dairy.\"}"));
    bad.put(run + "-bad-types", bytes("{\"id\":42,\"description\":[\"a\"]}"));
    bad.put(run + "-bad-tombstone", null);
    return bad;
  }

  private static ProducerRecord<String, byte[]> record(String key, byte[] value) {
    return new ProducerRecord<>("proposals", key, value);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
