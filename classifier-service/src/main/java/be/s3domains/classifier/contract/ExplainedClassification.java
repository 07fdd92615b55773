package be.s3domains.classifier.contract;

import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.DomainMatch;
import be.s3domains.classifier.scoring.DomainScore;
import be.s3domains.classifier.scoring.Evidence;
import be.s3domains.classifier.scoring.Proposal;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A classification together with the domains that scored but stayed under their threshold, most
 * confident first: the answer to "why not this domain?". Immutable.
 *
 * @param classification the result exactly as it would be published
 * @param notAsserted the domains with a score above zero that were not asserted
 */
public record ExplainedClassification(
    Classification classification, List<DomainNotAsserted> notAsserted) {

  public ExplainedClassification {
    notAsserted = List.copyOf(notAsserted);
  }

  /** Scores the proposal once and keeps both what was asserted and what was not. */
  public static ExplainedClassification of(Classifier classifier, Proposal proposal) {
    ScoredProposal scored = classifier.scorer().score(proposal);
    Classification classification = classifier.classify(scored);
    Set<String> asserted =
        classification.matches().stream().map(DomainMatch::domain).collect(Collectors.toSet());
    double[] confidences = classifier.confidences(scored);
    List<DomainNotAsserted> notAsserted =
        IntStream.range(0, confidences.length)
            .filter(d -> scored.scores().get(d).score() > 0)
            .filter(d -> !asserted.contains(scored.scores().get(d).domain().id()))
            .mapToObj(d -> notAsserted(classifier, scored.scores().get(d), confidences[d]))
            .sorted(Comparator.comparingDouble(DomainNotAsserted::confidence).reversed())
            .toList();
    return new ExplainedClassification(classification, notAsserted);
  }

  private static DomainNotAsserted notAsserted(
      Classifier classifier, DomainScore score, double confidence) {
    return new DomainNotAsserted(
        score.domain().id(),
        score.domain().name(),
        round(confidence),
        classifier.calibration().forDomain(score.domain().id()).threshold(),
        round(score.score()),
        score.evidence().stream()
            .map(
                e ->
                    new Evidence(
                        e.term(), e.kind(), e.field(), e.start(), e.end(), round(e.contribution())))
            .toList());
  }

  /** Four decimals, as the asserted matches have. */
  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
