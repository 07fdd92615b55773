package be.s3domains.benchmarks.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The committed output held against the workload: each valid proposal has exactly one event and no
 * dead letter; each poison record exactly one dead letter with its expected reason and no event.
 */
record OutputCheck(
    int proposals,
    int poison,
    List<String> lost,
    List<String> doubled,
    List<String> poisonMissing,
    List<String> poisonDoubled,
    List<String> wrongReason,
    List<String> eventForPoison,
    List<String> deadLettered) {

  /** Reads the committed events and dead letters of the testbed and checks them. */
  static OutputCheck read(Testbed testbed, List<WorkloadRecord> workload) {
    return of(
        workload,
        CommittedOutput.read(testbed.bootstrapServers(), Testbed.EVENTS, "none"),
        CommittedOutput.read(
            testbed.bootstrapServers(), Testbed.DEAD_LETTERS, "classifier-dlt-reason"));
  }

  static OutputCheck of(
      List<WorkloadRecord> workload,
      Map<String, List<String>> events,
      Map<String, List<String>> deadLetters) {
    OutputCheck check =
        new OutputCheck(
            (int) workload.stream().filter(record -> !record.isPoison()).count(),
            (int) workload.stream().filter(WorkloadRecord::isPoison).count(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    for (WorkloadRecord record : workload) {
      List<String> eventsOf = events.getOrDefault(record.key(), List.of());
      List<String> lettersOf = deadLetters.getOrDefault(record.key(), List.of());
      if (record.isPoison()) {
        addIf(lettersOf.isEmpty(), check.poisonMissing, record.key());
        addIf(lettersOf.size() > 1, check.poisonDoubled, record.key());
        addIf(!eventsOf.isEmpty(), check.eventForPoison, record.key());
        for (String reason : lettersOf) {
          addIf(
              !reason.equals(record.expectedReason()),
              check.wrongReason,
              record.key() + " (" + reason + ", expected " + record.expectedReason() + ")");
        }
      } else {
        addIf(eventsOf.isEmpty(), check.lost, record.key());
        addIf(eventsOf.size() > 1, check.doubled, record.key());
        lettersOf.forEach(reason -> check.deadLettered.add(record.key() + " (" + reason + ")"));
      }
    }
    return check;
  }

  private static void addIf(boolean when, List<String> list, String entry) {
    if (when) {
      list.add(entry);
    }
  }

  /** Whether the output passes; duplicates are allowed only when the delivery mode allows them. */
  boolean passes(boolean duplicatesAllowed) {
    return lost.isEmpty()
        && (duplicatesAllowed || doubled.isEmpty())
        && poisonMissing.isEmpty()
        && (duplicatesAllowed || poisonDoubled.isEmpty())
        && wrongReason.isEmpty()
        && eventForPoison.isEmpty()
        && deadLettered.isEmpty();
  }

  List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "proposals: %,d; events: %,d lost, %,d doubled; valid proposals dead-lettered: %,d",
            proposals, lost.size(), doubled.size(), deadLettered.size()));
    lines.add(
        String.format(
            "poison records: %,d of %d kinds; %,d without a dead letter, %,d dead-lettered twice,"
                + " %,d with a wrong reason, %,d with an event",
            poison,
            PoisonKind.values().length,
            poisonMissing.size(),
            poisonDoubled.size(),
            wrongReason.size(),
            eventForPoison.size()));
    for (List<String> keys :
        List.of(
            lost,
            doubled,
            deadLettered,
            poisonMissing,
            poisonDoubled,
            wrongReason,
            eventForPoison)) {
      if (!keys.isEmpty()) {
        lines.add("  e.g. " + String.join(", ", keys.subList(0, Math.min(5, keys.size()))));
      }
    }
    return lines;
  }
}
