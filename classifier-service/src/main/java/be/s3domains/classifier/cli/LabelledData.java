package be.s3domains.classifier.cli;

import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.Split;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads labelled proposals of one split, reporting bad lines on standard error. */
final class LabelledData {

  private LabelledData() {}

  /** The proposals of the split in each file, one file after the other. */
  static List<LabelledProposal> read(List<Path> inputs, Split split) {
    List<LabelledProposal> proposals = new ArrayList<>();
    inputs.forEach(input -> proposals.addAll(read(input, split)));
    return proposals;
  }

  /** The files' names, for people: "a.jsonl + b.jsonl". */
  static String names(List<Path> inputs) {
    return inputs.stream()
        .map(input -> input.getFileName().toString())
        .collect(Collectors.joining(" + "));
  }

  static List<LabelledProposal> read(Path input, Split split) {
    List<LabelledProposal> proposals = new ArrayList<>();
    try (NumberedLines lines = NumberedLines.open(input)) {
      for (NumberedLines.Line line = lines.next(); line != null; line = lines.next()) {
        try {
          LabelledProposal labelled = ProposalJson.parseLabelled(line.bytes());
          if (split.contains(labelled.proposal().id())) {
            proposals.add(labelled);
          }
        } catch (InvalidProposalException e) {
          System.err.printf("line %d: %s%n", line.number(), e.getMessage());
        }
      }
    }
    if (proposals.isEmpty()) {
      throw new IllegalArgumentException(
          "No labelled proposal of split " + split.name().toLowerCase() + " in " + input);
    }
    return proposals;
  }
}
