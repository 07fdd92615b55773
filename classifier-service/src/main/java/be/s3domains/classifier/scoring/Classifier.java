package be.s3domains.classifier.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Classifies proposals: scores them, turns scores into calibrated confidences and keeps the domains
 * at or above their thresholds, best first. Thread-safe.
 */
public final class Classifier {

  private static final Comparator<DomainMatch> MOST_CONFIDENT_FIRST =
      Comparator.comparingDouble(DomainMatch::confidence)
          .reversed()
          .thenComparing(DomainMatch::domain);

  private final ProposalScorer scorer;
  private final Calibration calibration;
  private final Clock clock;

  public Classifier(ProposalScorer scorer, Calibration calibration, Clock clock) {
    this.scorer = scorer;
    this.calibration = calibration;
    this.clock = clock;
  }

  public ProposalScorer scorer() {
    return scorer;
  }

  public Calibration calibration() {
    return calibration;
  }

  public String catalogVersion() {
    return scorer.catalog().versionTag();
  }

  public Classification classify(Proposal proposal) {
    return classify(scorer.score(proposal));
  }

  /** The confidence of every domain, in catalog order, asserted or not. */
  public double[] confidences(ScoredProposal scored) {
    return scored.scores().stream().mapToDouble(s -> confidence(scored, s)).toArray();
  }

  /** Applies calibration and thresholds to scores already computed. */
  public Classification classify(ScoredProposal scored) {
    List<DomainMatch> matches = new ArrayList<>();
    for (DomainScore score : scored.scores()) {
      DomainCalibration domainCalibration = calibration.forDomain(score.domain().id());
      double confidence = confidence(scored, score);
      if (score.score() > 0 && confidence >= domainCalibration.threshold()) {
        matches.add(
            new DomainMatch(
                score.domain().id(),
                score.domain().name(),
                round(confidence),
                round(score.score()),
                score.evidence().stream().map(Classifier::rounded).toList()));
      }
    }
    matches.sort(MOST_CONFIDENT_FIRST);
    return new Classification(
        scored.proposalId(),
        catalogVersion(),
        scored.language(),
        List.copyOf(matches),
        matches.isEmpty() ? null : matches.get(0).domain(),
        clock.instant(),
        scored.truncated());
  }

  private double confidence(ScoredProposal scored, DomainScore score) {
    return calibration.forDomain(score.domain().id()).confidence(score.score(), scored.textChars());
  }

  private static Evidence rounded(Evidence e) {
    return new Evidence(e.term(), e.kind(), e.field(), e.start(), e.end(), round(e.contribution()));
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
