package be.s3domains.benchmarks.chaos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the chaos run does to the system while the stream is under way. */
enum Disruption {
  /** SIGKILL of a busy service instance, restarted at once under the same name. */
  INSTANCE_KILL,
  /** SIGKILL of the broker, restarted on the same data two seconds later. */
  BROKER_RESTART,
  /** A third instance joins the group, works ten seconds and stops with SIGTERM. */
  REBALANCE;

  /** The kills with the other disruptions between them: kill, broker, kill, rebalance, kill. */
  static List<Disruption> plan(int kills, int brokerRestarts, int rebalances) {
    List<Disruption> others = new ArrayList<>();
    others.addAll(Collections.nCopies(brokerRestarts, BROKER_RESTART));
    others.addAll(Collections.nCopies(rebalances, REBALANCE));
    List<Disruption> plan = new ArrayList<>();
    for (int i = 0; i < Math.max(kills, others.size()); i++) {
      if (i < kills) {
        plan.add(INSTANCE_KILL);
      }
      if (i < others.size()) {
        plan.add(others.get(i));
      }
    }
    return plan;
  }
}
