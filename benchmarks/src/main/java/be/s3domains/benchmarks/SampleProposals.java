package be.s3domains.benchmarks;

import be.s3domains.classifier.contract.BundledSamples;
import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.scoring.Proposal;
import java.util.List;

/** The demo's sample proposals (English, Dutch and French), as the benchmarks' workload. */
public final class SampleProposals {

  private SampleProposals() {}

  static List<String> jsonLines() {
    return BundledSamples.lines(BundledSamples.PROPOSALS);
  }

  public static List<Proposal> proposals() {
    return jsonLines().stream().map(ProposalJson::parse).toList();
  }

  /** The same proposals with their stated language removed, so that it must be detected. */
  static List<Proposal> withoutLanguage() {
    return proposals().stream()
        .map(p -> new Proposal(p.id(), p.title(), p.description(), null, p.keywords()))
        .toList();
  }
}
