package be.s3domains.classifier.evaluation;

import be.s3domains.catalog.DomainProfile;
import java.util.List;

/**
 * The outcome of {@link WeightLearning}: the domains with their adapted signatures, and each weight
 * that changed.
 *
 * @param domains the profiles in catalog order, every signature kept, weights adapted
 * @param changes the signatures whose weight changed, in catalog order
 */
public record LearnedWeights(List<DomainProfile> domains, List<WeightChange> changes) {

  public LearnedWeights {
    domains = List.copyOf(domains);
    changes = List.copyOf(changes);
  }
}
