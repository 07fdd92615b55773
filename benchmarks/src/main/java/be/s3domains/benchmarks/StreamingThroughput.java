package be.s3domains.benchmarks;

import be.s3domains.benchmarks.Pipeline.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Measures the packaged service end to end against its ceiling, in one run on one broker: per
 * delivery mode and listener concurrency, in alternating rounds (the median counts), the service
 * and the same service in passthrough mode (same container, settings and delivery, no
 * classification) each copy a preloaded topic of proposals, timed as a read_committed consumer sees
 * the events, with the CPU time the pipeline's process used meanwhile; Kafka's own {@code
 * TransactionalMessageCopier} does the same beside exactly-once. Then, per mode, the end-to-end
 * delay of each event at half the service's maximum rate. Every measurement begins after a warm-up
 * that starts once a new JVM has published its first event (20 s by default: on two shared cores
 * the JIT compiles for about that long, and a short run measures the compiler more than the
 * pipeline); the rate and the delays within the warm-up are reported apart. A delay run's warm-up
 * also lasts until the pipeline has caught up with the feed, since a new JVM falls behind while it
 * compiles: its length is reported, and whether the pipeline caught up within the longest allowed
 * ({@code -Ddelay-most-warm-up=300}, seconds). Also the GC pauses and heap of every run. Every
 * pipeline runs as its own JVM with a 256 MB heap.
 *
 * <p>Run from the repository root after {@code ./mvnw -q -B package -DskipTests}: {@code java -cp
 * benchmarks/target/benchmarks.jar be.s3domains.benchmarks.StreamingThroughput [proposals] [rounds]
 * [delay-seconds] [warm-up-seconds] [-J<service JVM option, {run} for the run's name> ...]
 * [--service.property=value ...]}. Writes the report to standard output and its charts to {@code
 * docs/}. The broker runs in this process, on the same cores as the pipelines.
 */
public final class StreamingThroughput {

  static final int PARTITIONS = 6;
  private static final Path CHARTS = Path.of("docs");

  /** {@code -Druns=service-exactly-once} runs only the throughput runs whose name has it. */
  private static final String ONLY = System.getProperty("runs", "");

  /**
   * {@code -Ddelay-rate=2000} runs only the delay runs, at this many proposals per second instead
   * of half the measured maximum.
   */
  private static final String DELAY_RATE = System.getProperty("delay-rate", "");

  /** The longest a delay run's warm-up waits for the pipeline to catch up with the feed. */
  static final int MOST_WARM_UP_SECONDS = Integer.getInteger("delay-most-warm-up", 300);

  private StreamingThroughput() {}

  public static void main(String[] args) throws Exception {
    List<Integer> numbers = new ArrayList<>();
    List<String> jvmOptions = new ArrayList<>();
    List<String> settings = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("-J")) {
        jvmOptions.add(arg.substring(2));
      } else if (arg.startsWith("--")) {
        settings.add(arg);
      } else {
        numbers.add(Integer.parseInt(arg));
      }
    }
    int proposals = numbers.size() > 0 ? numbers.get(0) : 1_000_000;
    int rounds = numbers.size() > 1 ? numbers.get(1) : 3;
    int delaySeconds = numbers.size() > 2 ? numbers.get(2) : 20;
    int warmUpSeconds = numbers.size() > 3 ? numbers.get(3) : 20;
    if (!Files.exists(PipelineProcess.SERVICE_JAR)) {
      throw new IllegalStateException(
          PipelineProcess.SERVICE_JAR + " is missing: run ./mvnw -q package first");
    }
    String loadBefore = StreamReport.loadAverage();
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
    broker.brokerProperties(
        Map.of(
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "offsets.topic.replication.factor", "1",
            "group.initial.rebalance.delay.ms", "0"));
    broker.afterPropertiesSet();
    try {
      Bench bench = new Bench(broker, jvmOptions, settings, warmUpSeconds);
      List<Pipeline> runs =
          DELAY_RATE.isEmpty()
              ? throughputRuns().stream().filter(run -> run.name().contains(ONLY)).toList()
              : List.of();
      Map<Pipeline, List<Throughput>> measured = new LinkedHashMap<>();
      for (int round = 1; round <= rounds; round++) {
        for (Pipeline run : runs) {
          Throughput throughput = bench.throughput(run, round, proposals);
          measured.computeIfAbsent(run, r -> new ArrayList<>()).add(throughput);
          System.out.println(StreamReport.line(run, round, throughput));
        }
      }
      Map<Pipeline, Throughput> throughputs = new LinkedHashMap<>();
      measured.forEach((run, rates) -> throughputs.put(run, Throughput.median(rates)));
      if (!ONLY.isEmpty()) {
        return;
      }
      Map<Pipeline, Delays> delays = new LinkedHashMap<>();
      for (String mode : List.of(Pipeline.EXACTLY_ONCE, Pipeline.AT_LEAST_ONCE)) {
        double rate =
            DELAY_RATE.isEmpty()
                ? throughputs.get(new Pipeline(Subject.SERVICE, mode, 1)).perSecond() / 2
                : Double.parseDouble(DELAY_RATE);
        for (Subject subject : List.of(Subject.SERVICE, Subject.PASSTHROUGH)) {
          Pipeline run = new Pipeline(subject, mode, 1);
          delays.put(run, bench.delays(run, rate, delaySeconds));
          System.out.println(StreamReport.line(run, delays.get(run)));
        }
      }
      if (!DELAY_RATE.isEmpty()) {
        return;
      }
      StreamReport report =
          new StreamReport(
              proposals,
              warmUpSeconds,
              loadBefore,
              StreamReport.loadAverage(),
              throughputs,
              delays);
      report.print(System.out);
      StreamCharts.write(throughputs, delays, CHARTS);
    } finally {
      broker.destroy();
    }
  }

  /** Passthrough and service alternate, so that a change in load affects both alike. */
  private static List<Pipeline> throughputRuns() {
    List<Pipeline> runs = new ArrayList<>();
    for (String mode : List.of(Pipeline.EXACTLY_ONCE, Pipeline.AT_LEAST_ONCE)) {
      for (int threads : List.of(1, 2)) {
        runs.add(new Pipeline(Subject.PASSTHROUGH, mode, threads));
        runs.add(new Pipeline(Subject.SERVICE, mode, threads));
      }
    }
    runs.add(new Pipeline(Subject.COPIER, Pipeline.EXACTLY_ONCE, 1));
    runs.add(new Pipeline(Subject.SERVICE, Pipeline.EXACTLY_ONCE, 1, true));
    return runs;
  }

  /** Runs pipelines against the broker, each on topics of its own. */
  private record Bench(
      EmbeddedKafkaKraftBroker broker,
      List<String> jvmOptions,
      List<String> settings,
      int warmUpSeconds) {

    private String servers() {
      return broker.getBrokersAsString();
    }

    private PipelineProcess.Topics topics(Pipeline run, String purpose) {
      return new PipelineProcess.Topics(purpose + "-" + run.name());
    }

    /**
     * Loads the run's input topic, then starts the pipeline on it; the run's topics are deleted
     * after it, so that the broker's disk holds one run's proposals and events at a time.
     */
    Throughput throughput(Pipeline run, int round, int proposals) throws Exception {
      PipelineProcess.Topics topics = topics(run, "round-" + round);
      broker.addTopics(topics.in(), topics.out(), topics.deadLetters());
      new ProposalFeed(servers()).load(topics.in(), proposals);
      try {
        return measure(run, topics, proposals);
      } finally {
        try (Admin admin =
            Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers()))) {
          admin.deleteTopics(List.of(topics.in(), topics.out(), topics.deadLetters())).all().get();
        }
      }
    }

    private Throughput measure(Pipeline run, PipelineProcess.Topics topics, int proposals)
        throws Exception {
      try (PipelineProcess pipeline = start(run, topics, proposals);
          CommittedEvents events = new CommittedEvents(servers(), topics.out(), PARTITIONS)) {
        CommittedEvents.Span span =
            events.span(proposals, Duration.ofSeconds(warmUpSeconds), pipeline.process());
        GcLog.Heap heap = pipeline.heap(span.firstNanos(), span.lastNanos());
        pipeline.succeeded();
        return new Throughput(
            span.perSecond(),
            span.cpuMsPerThousand(),
            span.warmUpPerSecond(),
            span.warmUpCpu().compilerShare(),
            span.countedCpu().compilerShare(),
            heap);
      }
    }

    /**
     * Waits until the pipeline published the event of one proposal, then sends proposals at the
     * rate through a warm-up of at least the warm-up seconds that lasts until the pipeline has
     * caught up with the feed (one second's proposals in a row each published within a second; at
     * most {@link #MOST_WARM_UP_SECONDS}), then for the given seconds, and keeps the delays of
     * those.
     */
    Delays delays(Pipeline run, double perSecond, int seconds) throws Exception {
      PipelineProcess.Topics topics = topics(run, "delay");
      broker.addTopics(topics.in(), topics.out(), topics.deadLetters());
      ProposalFeed feed = new ProposalFeed(servers());
      try (PipelineProcess pipeline = start(run, topics, Integer.MAX_VALUE);
          CommittedEvents events = new CommittedEvents(servers(), topics.out(), PARTITIONS)) {
        feed.load(topics.in(), 1);
        events.awaitFirst(pipeline.process());
        CatchUp catchUp =
            new CatchUp(
                (int) (perSecond * warmUpSeconds),
                (int) (perSecond * Math.max(warmUpSeconds, MOST_WARM_UP_SECONDS)),
                (int) Math.ceil(perSecond),
                Duration.ofSeconds(1));
        int measured = (int) (perSecond * seconds);
        AtomicLongArray sentAt = new AtomicLongArray(catchUp.most() + measured);
        AtomicInteger feedEnd = new AtomicInteger(sentAt.length());
        CompletableFuture<Void> sending =
            CompletableFuture.runAsync(() -> feed.atRate(topics.in(), sentAt, feedEnd, perSecond));
        CommittedEvents.FedDelays fed =
            events.delays(sentAt, feedEnd, catchUp, measured, pipeline.process());
        sending.join();
        pipeline.succeeded();
        return Delays.of(perSecond, fed);
      }
    }

    private PipelineProcess start(Pipeline run, PipelineProcess.Topics topics, int count)
        throws IOException {
      return PipelineProcess.start(run, servers(), topics, count, jvmOptions, settings);
    }
  }
}
