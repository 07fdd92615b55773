package be.s3domains.benchmarks.chaos;

import be.s3domains.benchmarks.SampleProposals;
import be.s3domains.classifier.scoring.Proposal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of a run: generated proposals of about 2 KB (every fourth without a language, which
 * the service then detects) with poison records of every {@link PoisonKind} spread evenly among
 * them. Keys start with the run's name, so runs never mix. A proposal's key is its id.
 */
final class Workload extends AbstractList<WorkloadRecord> {

  private static final int TEXT_CHARS = 1900;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String run;
  private final List<Proposal> samples = SampleProposals.proposals();
  private final List<WorkloadRecord> poison = new ArrayList<>();

  /** Per position: the number of the proposal there, or -1 - n for the n-th poison record. */
  private final int[] layout;

  /**
   * @param run the run's name, the start of every key
   * @param proposals how many valid proposals
   * @param poisonPerKind how many records of each poison kind
   */
  Workload(String run, int proposals, int poisonPerKind) {
    this.run = run;
    for (int n = 0; n < poisonPerKind; n++) {
      for (PoisonKind kind : PoisonKind.values()) {
        poison.add(kind.record(run + "-poison-" + kind.name().toLowerCase(Locale.ROOT) + "-" + n));
      }
    }
    layout = new int[proposals + poison.size()];
    int spacing = Math.max(1, proposals / (poison.size() + 1));
    int at = 0;
    int nextPoison = 0;
    for (int n = 0; n < proposals; n++) {
      layout[at++] = n;
      if (n % spacing == spacing - 1 && nextPoison < poison.size()) {
        layout[at++] = -1 - nextPoison++;
      }
    }
    while (nextPoison < poison.size()) {
      layout[at++] = -1 - nextPoison++;
    }
  }

  /** Records are made when asked for, so a long soak does not hold its workload in memory. */
  @Override
  public WorkloadRecord get(int index) {
    int entry = layout[index];
    if (entry < 0) {
      return poison.get(-1 - entry);
    }
    String id = run + "-p-" + entry;
    return new WorkloadRecord(id, json(id, entry, samples), null);
  }

  @Override
  public int size() {
    return layout.length;
  }

  /** A sample's title and text, lengthened with the next sample of its language. */
  private static byte[] json(String id, int n, List<Proposal> samples) {
    Proposal first = samples.get(n % samples.size());
    StringBuilder text = new StringBuilder(first.description());
    for (int next = n + 1; text.length() < TEXT_CHARS; next++) {
      Proposal more = samples.get(next % samples.size());
      if (Objects.equals(first.language(), more.language())) {
        text.append(' ').append(more.description());
      }
    }
    int cut = text.lastIndexOf(" ", TEXT_CHARS);
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("id", id);
    proposal.put("title", first.title());
    proposal.put("description", text.substring(0, cut));
    if (n % 4 != 0) {
      proposal.put("language", first.language());
    }
    proposal.put("keywords", first.keywords());
    return JSON.writeValueAsBytes(proposal);
  }
}
