package be.s3domains.benchmarks;

import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.scoring.Proposal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The demo's sample proposals (English, Dutch and French), as the benchmarks' workload. */
public final class SampleProposals {

  private static final String RESOURCE = "samples/proposals.jsonl";

  private SampleProposals() {}

  static List<String> jsonLines() {
    InputStream in = SampleProposals.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is not on the class path");
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
