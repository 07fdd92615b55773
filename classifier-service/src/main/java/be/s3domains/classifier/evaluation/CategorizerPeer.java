package be.s3domains.classifier.evaluation;

import be.s3domains.classifier.scoring.Proposal;
import be.s3domains.classifier.text.AnalyzedText;
import be.s3domains.classifier.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A supervised peer of the catalog scorer: one OpenNLP maximum-entropy document categorizer per
 * domain, each trained one-vs-rest on labelled proposals ("domain" against "other") over the same
 * analysed, stemmed tokens the catalog matches. Each model's probability is Platt-scaled and each
 * domain's threshold picked on out-of-fold predictions of the training data, so the data it is
 * evaluated on is never seen. Not thread-safe: OpenNLP's categorizer is not; use one per thread.
 */
public final class CategorizerPeer {

  private final List<String> domains;
  private final List<DomainModel> models;
  private final TextAnalyzer analyzer;

  private CategorizerPeer(List<String> domains, List<DomainModel> models, TextAnalyzer analyzer) {
    this.domains = List.copyOf(domains);
    this.models = List.copyOf(models);
    this.analyzer = analyzer;
  }

  /**
   * Trains one model per domain on the labelled proposals.
   *
   * @param domains the domain ids, in the order confidences are reported
   * @param training labelled proposals, for example the dev split
   */
  public static CategorizerPeer train(
      List<String> domains,
      TextAnalyzer analyzer,
      List<LabelledProposal> training,
      PeerSettings settings) {
    List<String[]> tokens = training.stream().map(l -> tokens(analyzer, l.proposal())).toList();
    List<DomainModel> models = new ArrayList<>();
    for (String domain : domains) {
      boolean[] outcomes = new boolean[training.size()];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = training.get(i).labels().contains(domain);
      }
      models.add(DomainModel.train(tokens, outcomes, settings));
    }
    return new CategorizerPeer(domains, models, analyzer);
  }

  public List<String> domains() {
    return domains;
  }

  /** The calibrated probability of every domain, in the order of {@link #domains()}. */
  public double[] confidences(Proposal proposal) {
    String[] document = tokens(analyzer, proposal);
    double[] confidences = new double[domains.size()];
    for (int d = 0; d < confidences.length; d++) {
      confidences[d] = models.get(d).confidence(document);
    }
    return confidences;
  }

  /** The domains whose confidence reaches their threshold. */
  public Set<String> assigned(double[] confidences) {
    Set<String> assigned = new LinkedHashSet<>();
    for (int d = 0; d < confidences.length; d++) {
      if (confidences[d] >= models.get(d).threshold()) {
        assigned.add(domains.get(d));
      }
    }
    return assigned;
  }

  /** Each domain's threshold, in the order of {@link #domains()}. */
  public double[] thresholds() {
    return models.stream().mapToDouble(DomainModel::threshold).toArray();
  }

  static String[] tokens(TextAnalyzer analyzer, Proposal proposal) {
    String language = proposal.hasStatedLanguage() ? proposal.language() : "en";
    String text = proposal.text() + "\n" + String.join("; ", proposal.keywords());
    AnalyzedText analyzed = analyzer.analyze(text, language);
    String[] stems = new String[analyzed.size()];
    for (int i = 0; i < stems.length; i++) {
      stems[i] = analyzed.stem(i);
    }
    return stems;
  }
}
