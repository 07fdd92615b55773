package be.s3domains.benchmarks.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The chaos run: two service instances classify a stream of proposals and poison records while
 * instances are killed with SIGKILL and restarted, the broker is killed and restarted and a third
 * instance joins and leaves; then every record is looked for in the committed output.
 */
final class ChaosRun {

  private static final Duration NO_PROGRESS_LIMIT = Duration.ofMinutes(3);
  private static final Duration WORK_BEFORE_LEAVING = Duration.ofSeconds(10);

  private final ChaosOptions options;
  private final List<String> findings = new ArrayList<>();

  ChaosRun(ChaosOptions options) {
    this.options = options;
  }

  /** Runs it, prints the report, and tells whether it passed. */
  boolean run(String run) throws Exception {
    List<WorkloadRecord> workload =
        new Workload(
            run, options.proposals(), Math.max(1, Math.min(10, options.proposals() / 5000)));
    List<Disruption> plan =
        Disruption.plan(options.kills(), options.brokerRestarts(), options.rebalances());
    RunLog.say(
        "Chaos run %s: %,d records (%,d proposals), %s, two instances; then %s",
        run, workload.size(), options.proposals(), options.delivery(), plan);
    long started = System.nanoTime();
    try (Testbed testbed = Testbed.start(options, run);
        GroupView group = testbed.groupView();
        StallWatch watch = testbed.stallWatch()) {
      List<ServiceInstance> pair =
          List.of(testbed.startInstance("chaos-a"), testbed.startInstance("chaos-b"));
      for (ServiceInstance instance : pair) {
        group.awaitPartitions(instance.name(), Duration.ofMinutes(3));
      }
      RunLog.say("Both instances hold partitions; producing");
      ChunkedProducer producer =
          new ChunkedProducer(
              testbed.bootstrapServers(), Testbed.PROPOSALS, workload, options.rate());
      watch.start();
      int segment = workload.size() / (plan.size() + 1);
      producer.release(segment);
      producer.start();
      List<Duration> takeBacks = new ArrayList<>();
      Duration brokerDown = Duration.ZERO;
      for (int i = 0; i < plan.size(); i++) {
        // Each disruption comes halfway through a segment of the records, so there is work in
        // flight; the next segment is sent once the system has been disrupted.
        long due = (long) segment * i + segment / 2;
        awaitProgress(watch, testbed, pair, () -> watch.committedTotal() >= due);
        switch (plan.get(i)) {
          case INSTANCE_KILL ->
              takeBacks.add(
                  killAndRestart(
                      busy(pair, group, takeBacks.size()), takeBacks.size() + 1, watch, group));
          case BROKER_RESTART -> brokerDown = brokerDown.plus(restartBroker(testbed, watch));
          case REBALANCE -> rebalance(testbed, watch, group);
        }
        producer.release(segment * (i + 2));
      }
      producer.release(workload.size());
      awaitProgress(
          watch,
          testbed,
          pair,
          () -> producer.isDone() && watch.lag() == 0 && watch.committedTotal() >= workload.size());
      producer.awaitDelivered();
      Duration wall = Duration.ofNanos(System.nanoTime() - started);
      RunLog.say("All %,d records consumed; reading the committed output", workload.size());
      OutputCheck check = OutputCheck.read(testbed, workload);
      report(check, watch, takeBacks, brokerDown, wall, testbed.errorLines());
      return findings.isEmpty();
    }
  }

  private static ServiceInstance busy(List<ServiceInstance> pair, GroupView group, int turn) {
    ServiceInstance first = pair.get(turn % 2);
    return group.partitionsOf(first.name()) > 0 ? first : pair.get((turn + 1) % 2);
  }

  private static Duration killAndRestart(
      ServiceInstance victim, int kill, StallWatch watch, GroupView group) throws Exception {
    int held = group.partitionsOf(victim.name());
    Set<String> formerMembers = group.memberIds(victim.name());
    victim.kill();
    watch.phase("kill -9 #" + kill + " (" + victim.name() + ")");
    RunLog.say(
        "Killed %s (SIGKILL) holding %d partitions, %,d records committed; restarting it",
        victim.name(), held, watch.committedTotal());
    long restarted = System.nanoTime();
    victim.start();
    group.awaitPartitions(victim.name(), formerMembers, Duration.ofMinutes(3));
    Duration takeBack = Duration.ofNanos(System.nanoTime() - restarted);
    RunLog.say(
        "%s holds partitions again, %.1f s after its restart", victim.name(), seconds(takeBack));
    return takeBack;
  }

  private static Duration restartBroker(Testbed testbed, StallWatch watch) throws Exception {
    watch.brokerDown();
    watch.phase("broker restart");
    long down = System.nanoTime();
    testbed.broker().kill();
    RunLog.say("Killed the broker (SIGKILL), %,d records committed", watch.committedTotal());
    Thread.sleep(2000);
    testbed.broker().start();
    watch.brokerBack();
    Duration downtime = Duration.ofNanos(System.nanoTime() - down);
    RunLog.say("The broker answers again after %.1f s", seconds(downtime));
    return downtime;
  }

  private static void rebalance(Testbed testbed, StallWatch watch, GroupView group)
      throws Exception {
    watch.phase("a third instance joining");
    ServiceInstance third = testbed.startInstance("chaos-c");
    Duration joined = group.awaitPartitions(third.name(), Duration.ofMinutes(3));
    RunLog.say("chaos-c joined and holds partitions after %.1f s", seconds(joined));
    Thread.sleep(WORK_BEFORE_LEAVING.toMillis());
    third.stop();
    watch.phase("chaos-c stopping (SIGTERM)");
    RunLog.say("Stopped chaos-c (SIGTERM)");
  }

  /** Waits until the condition holds, failing when nothing moved for three minutes. */
  private static void awaitProgress(
      StallWatch watch, Testbed testbed, List<ServiceInstance> pair, BooleanSupplier condition)
      throws InterruptedException {
    while (!condition.getAsBoolean()) {
      testbed.requireInstancesAlive(pair);
      if (watch.sinceProgress().compareTo(NO_PROGRESS_LIMIT) > 0) {
        throw new IllegalStateException(
            "No progress for "
                + NO_PROGRESS_LIMIT
                + " with "
                + watch.lag()
                + " records waiting; logs in "
                + testbed.logs());
      }
      Thread.sleep(250);
    }
  }

  private void report(
      OutputCheck check,
      StallWatch watch,
      List<Duration> takeBacks,
      Duration brokerDown,
      Duration wall,
      long errorLines) {
    if (!check.passes(options.duplicatesAllowed())) {
      findings.add("the committed output is not as expected");
    }
    if (watch.longest().compareTo(options.stallLimit()) > 0) {
      findings.add("a stall of " + seconds(watch.longest()) + " s is over the limit");
    }
    System.out.println();
    System.out.printf("Chaos run, %s, %.0f s wall time%n", options.delivery(), seconds(wall));
    check.summary().forEach(line -> System.out.println("  " + line));
    System.out.printf(
        "  longest stall: %.1f s (%s); limit %.0f s%n",
        seconds(watch.longest()), watch.longestWhere(), seconds(options.stallLimit()));
    for (Map.Entry<String, Duration> phase : watch.longestByPhase().entrySet()) {
      System.out.printf("    after %s: %.1f s%n", phase.getKey(), seconds(phase.getValue()));
    }
    System.out.printf(
        "  killed instances held partitions again after: %s%n",
        takeBacks.stream().map(d -> String.format("%.1f s", seconds(d))).toList());
    System.out.printf("  broker down (not counted as stall): %.1f s%n", seconds(brokerDown));
    System.out.printf("  ERROR lines in the services' logs: %d%n", errorLines);
    System.out.println(findings.isEmpty() ? "PASSED" : "FAILED: " + String.join("; ", findings));
  }

  static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
