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
  private static final Comparator<PhraseShare> LARGEST_SHARE_FIRST =
      Comparator.comparingDouble(PhraseShare::each).reversed();

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
    List<List<PhraseShare>> shares = new ArrayList<>(domainCount);
    for (int domain = 0; domain < domainCount; domain++) {
      shares.add(new ArrayList<>());
    }
    for (List<TermOccurrence> places : byPhrase(occurrences)) {
      double saturated = ScoreFormula.saturation(places.size(), tokens, settings);
      for (TermEntry entry : places.get(0).entries()) {
        double contribution = entry.weight() * saturated;
        scores[entry.domain()] += contribution;
        shares
            .get(entry.domain())
            .add(new PhraseShare(entry, places, contribution / places.size()));
      }
    }
    List<DomainScore> result = new ArrayList<>(domainCount);
    for (int domain = 0; domain < domainCount; domain++) {
      result.add(
          new DomainScore(
              catalog.domains().get(domain), scores[domain], strongest(shares.get(domain))));
    }
    return result;
  }

  /**
   * The strongest evidence of a domain, {@link #STRONGEST_FIRST}. Every place of a phrase has the
   * same share, so only the phrases with the largest shares are turned into evidence: those until
   * there is enough of it, and any with the same share as the last of them, for the tie-break.
   */
  private List<Evidence> strongest(List<PhraseShare> shares) {
    shares.sort(LARGEST_SHARE_FIRST);
    List<Evidence> candidates = new ArrayList<>();
    double smallestTaken = Double.POSITIVE_INFINITY;
    for (PhraseShare share : shares) {
      if (candidates.size() >= settings.maxEvidence() && share.each() < smallestTaken) {
        break;
      }
      for (TermOccurrence place : share.places()) {
        candidates.add(evidence(share.entry(), place, share.each()));
      }
      smallestTaken = share.each();
    }
    candidates.sort(STRONGEST_FIRST);
    return List.copyOf(candidates.subList(0, Math.min(candidates.size(), settings.maxEvidence())));
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

  /** A phrase's places in a proposal and each place's share of what it gave one domain. */
  private record PhraseShare(TermEntry entry, List<TermOccurrence> places, double each) {}
}
