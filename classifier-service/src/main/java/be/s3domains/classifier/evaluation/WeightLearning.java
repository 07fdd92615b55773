package be.s3domains.classifier.evaluation;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.catalog.Signature;
import be.s3domains.classifier.scoring.DomainScore;
import be.s3domains.classifier.scoring.Evidence;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adapts signature weights to labelled evidence. For each domain and term, it counts the labelled
 * proposals the term fired on ({@code n}) and how many of them carry the domain ({@code k}). The
 * term's precision, shrunk toward the domain's pooled precision {@code p} with {@code m}
 * pseudo-counts, {@code (k + m p) / (n + m)}, divided by {@code p} scales the original weight:
 * terms that fire mostly on the domain's proposals gain weight, terms that fire mostly elsewhere
 * lose it. Terms seen on fewer than the minimum support keep their weight; weights stay in [floor,
 * 1]. Domains with too few labelled proposals keep their weights. Stateless and thread-safe.
 */
public final class WeightLearning {

  private final LearningSettings settings;

  public WeightLearning(LearningSettings settings) {
    this.settings = settings;
  }

  /**
   * @param scored the labelled proposals scored with the catalog, carrying all their evidence
   *     (score them with a maximum evidence count large enough to list every occurrence)
   * @param labelled the same proposals with their labels, in the same order
   */
  public LearnedWeights learn(
      DomainCatalog catalog, List<ScoredProposal> scored, List<LabelledProposal> labelled) {
    Map<String, int[]> firings = new HashMap<>();
    Map<String, Integer> positives = new HashMap<>();
    for (int i = 0; i < scored.size(); i++) {
      Set<String> gold = labelled.get(i).labels();
      gold.forEach(domain -> positives.merge(domain, 1, Integer::sum));
      for (DomainScore score : scored.get(i).scores()) {
        Set<String> terms = new HashSet<>();
        score.evidence().stream().map(Evidence::term).forEach(terms::add);
        boolean positive = gold.contains(score.domain().id());
        for (String term : terms) {
          int[] counts = firings.computeIfAbsent(key(score.domain().id(), term), k -> new int[2]);
          counts[0]++;
          counts[1] += positive ? 1 : 0;
        }
      }
    }
    List<DomainProfile> domains = new ArrayList<>();
    List<WeightChange> changes = new ArrayList<>();
    for (DomainProfile domain : catalog.domains()) {
      boolean enoughLabels =
          positives.getOrDefault(domain.id(), 0) >= settings.minDomainPositives();
      double pooled = pooledPrecision(domain, firings);
      List<Signature> signatures = new ArrayList<>();
      for (Signature signature : domain.signatures()) {
        int[] counts = firings.getOrDefault(key(domain.id(), signature.term()), new int[2]);
        double weight = signature.weight();
        if (enoughLabels && counts[0] >= settings.minSupport() && pooled > 0) {
          double shrunk =
              (counts[1] + settings.shrinkage() * pooled) / (counts[0] + settings.shrinkage());
          weight = round(clamp(signature.weight() * shrunk / pooled));
        }
        if (weight != signature.weight()) {
          changes.add(
              new WeightChange(
                  domain.id(),
                  signature.term(),
                  signature.language(),
                  signature.weight(),
                  weight,
                  counts[0],
                  counts[1]));
        }
        signatures.add(
            new Signature(signature.term(), signature.kind(), signature.language(), weight));
      }
      domains.add(new DomainProfile(domain.id(), domain.name(), domain.description(), signatures));
    }
    return new LearnedWeights(domains, changes);
  }

  private static double pooledPrecision(DomainProfile domain, Map<String, int[]> firings) {
    int fired = 0;
    int positive = 0;
    Set<String> seen = new HashSet<>();
    for (Signature signature : domain.signatures()) {
      int[] counts = firings.get(key(domain.id(), signature.term()));
      if (counts != null && seen.add(signature.term())) {
        fired += counts[0];
        positive += counts[1];
      }
    }
    return fired == 0 ? 0 : (double) positive / fired;
  }

  private double clamp(double weight) {
    return Math.max(settings.floor(), Math.min(1.0, weight));
  }

  private static double round(double weight) {
    return Math.round(weight * 100) / 100.0;
  }

  private static String key(String domain, String term) {
    return domain + '\u0000' + term;
  }
}
