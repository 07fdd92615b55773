package be.s3domains.classifier.scoring;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.text.AnalyzedText;
import be.s3domains.classifier.text.LanguageDetection;
import be.s3domains.classifier.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a proposal against every domain: analyses its text in its language, finds the catalog's
 * phrases and adds up their weights, each phrase saturating with repeats (BM25) and discounted when
 * several domains share it. Thread-safe.
 */
public final class ProposalScorer {

  private static final Comparator<Evidence> STRONGEST_FIRST =
      Comparator.comparingDouble(Evidence::contribution)
          .reversed()
          .thenComparing(Evidence::field)
          .thenComparingInt(Evidence::start);

  private final TermIndex index;
  private final TextAnalyzer analyzer;
  private final LanguageDetection languageDetection;
  private final ScoringSettings settings;

  public ProposalScorer(
      TermIndex index,
      TextAnalyzer analyzer,
      LanguageDetection languageDetection,
      ScoringSettings settings) {
    this.index = index;
    this.analyzer = analyzer;
    this.languageDetection = languageDetection;
    this.settings = settings;
  }

  public DomainCatalog catalog() {
    return index.catalog();
  }

  public ScoredProposal score(Proposal proposal) {
    String text = limit(proposal.text());
    String keywords = limit(String.join("; ", proposal.keywords()));
    boolean truncated =
        text.length() < proposal.text().length()
            || keywords.length() < String.join("; ", proposal.keywords()).length();
    String language =
        proposal.hasStatedLanguage()
            ? proposal.language().strip().toLowerCase(Locale.ROOT)
            : languageDetection.detect(text);
    String analysisLanguage = index.analysisLanguage(language);
    AnalyzedText analyzedText = analyzer.analyze(text, analysisLanguage);
    AnalyzedText analyzedKeywords = analyzer.analyze(keywords, analysisLanguage);
    List<TermOccurrence> occurrences =
        new ArrayList<>(index.find(analyzedText, TermOccurrence.Field.TEXT));
    occurrences.addAll(index.find(analyzedKeywords, TermOccurrence.Field.KEYWORDS));
    int tokens = analyzedText.size() + analyzedKeywords.size();
    return new ScoredProposal(
        proposal.id(),
        language,
        truncated,
        text.length() + keywords.length(),
        domainScores(occurrences, tokens));
  }

  private List<DomainScore> domainScores(List<TermOccurrence> occurrences, int tokens) {
    DomainCatalog catalog = index.catalog();
    int domainCount = catalog.domains().size();
    double[] scores = new double[domainCount];
    List<List<Evidence>> evidence = new ArrayList<>();
    for (int domain = 0; domain < domainCount; domain++) {
      evidence.add(new ArrayList<>());
    }
    Map<List<TermEntry>, List<TermOccurrence>> byPhrase = new IdentityHashMap<>();
    occurrences.forEach(
        o -> byPhrase.computeIfAbsent(o.entries(), phrase -> new ArrayList<>()).add(o));
    byPhrase.forEach(
        (entries, places) -> {
          double saturated = ScoreFormula.saturation(places.size(), tokens, settings);
          for (TermEntry entry : entries) {
            double contribution = entry.weight() * saturated;
            scores[entry.domain()] += contribution;
            double each = contribution / places.size();
            for (TermOccurrence place : places) {
              evidence.get(entry.domain()).add(evidence(entry, place, each));
            }
          }
        });
    List<DomainScore> result = new ArrayList<>(domainCount);
    for (int domain = 0; domain < domainCount; domain++) {
      List<Evidence> strongest =
          evidence.get(domain).stream()
              .sorted(STRONGEST_FIRST)
              .limit(settings.maxEvidence())
              .toList();
      result.add(new DomainScore(catalog.domains().get(domain), scores[domain], strongest));
    }
    return result;
  }

  private static Evidence evidence(TermEntry entry, TermOccurrence place, double contribution) {
    return new Evidence(
        entry.term(),
        entry.kind().label(),
        place.field().name().toLowerCase(Locale.ROOT),
        place.start(),
        place.end(),
        contribution);
  }

  private String limit(String text) {
    if (text.length() <= settings.maxChars()) {
      return text;
    }
    int end = settings.maxChars();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
