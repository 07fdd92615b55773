package be.s3domains.classifier.scoring;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.text.LanguageDetection;
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

  private static final Comparator<Evidence> STRONGEST_FIRST = ProposalScorer::strongerFirst;

  private final TermIndex index;
  private final LanguageDetection languageDetection;
  private final ScoringSettings settings;

  public ProposalScorer(
      TermIndex index, LanguageDetection languageDetection, ScoringSettings settings) {
    this.index = index;
    this.languageDetection = languageDetection;
    this.settings = settings;
  }

  public DomainCatalog catalog() {
    return index.catalog();
  }

  public ScoredProposal score(Proposal proposal) {
    String fullText = proposal.text();
    String allKeywords = String.join("; ", proposal.keywords());
    String text = limit(fullText);
    String keywords = limit(allKeywords);
    boolean truncated =
        text.length() < fullText.length() || keywords.length() < allKeywords.length();
    String language =
        proposal.hasStatedLanguage()
            ? proposal.language().strip().toLowerCase(Locale.ROOT)
            : languageDetection.detect(text);
    String analysisLanguage = index.analysisLanguage(language);
    TermIndex.Matches inText = index.find(text, analysisLanguage, TermOccurrence.Field.TEXT);
    TermIndex.Matches inKeywords =
        index.find(keywords, analysisLanguage, TermOccurrence.Field.KEYWORDS);
    List<TermOccurrence> occurrences = new ArrayList<>(inText.occurrences());
    occurrences.addAll(inKeywords.occurrences());
    int tokens = inText.words() + inKeywords.words();
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
    for (List<TermOccurrence> places : byPhrase(occurrences)) {
      double saturated = ScoreFormula.saturation(places.size(), tokens, settings);
      for (TermEntry entry : places.get(0).entries()) {
        double contribution = entry.weight() * saturated;
        scores[entry.domain()] += contribution;
        double each = contribution / places.size();
        for (TermOccurrence place : places) {
          evidence.get(entry.domain()).add(evidence(entry, place, each));
        }
      }
    }
    List<DomainScore> result = new ArrayList<>(domainCount);
    for (int domain = 0; domain < domainCount; domain++) {
      List<Evidence> found = evidence.get(domain);
      found.sort(STRONGEST_FIRST);
      List<Evidence> strongest =
          List.copyOf(found.subList(0, Math.min(found.size(), settings.maxEvidence())));
      result.add(new DomainScore(catalog.domains().get(domain), scores[domain], strongest));
    }
    return result;
  }

  /**
   * The occurrences grouped by phrase, in the order each phrase first occurs, so that the scores
   * are summed in the same order on every run.
   */
  private static List<List<TermOccurrence>> byPhrase(List<TermOccurrence> occurrences) {
    Map<List<TermEntry>, List<TermOccurrence>> byPhrase = new IdentityHashMap<>();
    List<List<TermOccurrence>> inOrder = new ArrayList<>();
    for (TermOccurrence occurrence : occurrences) {
      List<TermOccurrence> places = byPhrase.get(occurrence.entries());
      if (places == null) {
        places = new ArrayList<>();
        byPhrase.put(occurrence.entries(), places);
        inOrder.add(places);
      }
      places.add(occurrence);
    }
    return inOrder;
  }

  /** Stronger contribution first, then by field name, then by place. */
  private static int strongerFirst(Evidence a, Evidence b) {
    int byContribution = Double.compare(b.contribution(), a.contribution());
    if (byContribution != 0) {
      return byContribution;
    }
    int byField = a.field().compareTo(b.field());
    return byField != 0 ? byField : Integer.compare(a.start(), b.start());
  }

  private static Evidence evidence(TermEntry entry, TermOccurrence place, double contribution) {
    return new Evidence(
        entry.term(),
        entry.kind().label(),
        place.field().label(),
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
