package be.s3domains.classifier.evaluation;

import be.s3domains.classifier.scoring.Proposal;
import java.util.Set;

/**
 * A proposal with the domains a person or a mapping assigned to it; no label means no domain.
 *
 * @param proposal the proposal
 * @param labels the domain ids it belongs to
 */
public record LabelledProposal(Proposal proposal, Set<String> labels) {

  public LabelledProposal {
    labels = Set.copyOf(labels);
  }

  /** The same proposal without its stated language, so that it is detected. */
  public LabelledProposal withoutLanguage() {
    Proposal p = proposal;
    return new LabelledProposal(
        new Proposal(p.id(), p.title(), p.description(), null, p.keywords()), labels);
  }
}
