package be.s3domains.classifier.text;

import be.s3domains.catalog.TermAnalysis;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Turns text into the token stream the matcher walks: OpenNLP tokens with their offsets, lower
 * case, stop words dropped, Snowball stems with accents folded. Catalog terms and documents go
 * through this same analysis. Analyses only languages with a stop-word list and a stemmer (see
 * {@link #languageProblems}). Thread-safe when its tokenizer is.
 */
public final class TextAnalyzer implements TermAnalysis {

  private static final String PHRASE_BREAKS = ".,;:!?()[]{}|\"«»“”„…•";

  private final Tokenizer tokenizer;
  private final Map<String, LanguageRules> rules = new ConcurrentHashMap<>();

  public TextAnalyzer(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Analyses a text as written in the given ISO 639-1 language. */
  public AnalyzedText analyze(String text, String language) {
    LanguageRules languageRules = rules(language);
    Span[] spans = tokenizer.tokenizePos(text);
    String[] words = new String[spans.length];
    String[] stems = new String[spans.length];
    int[] starts = new int[spans.length];
    int[] ends = new int[spans.length];
    boolean[] breaks = new boolean[spans.length];
    int count = 0;
    boolean pendingBreak = false;
    for (Span span : spans) {
      int start = span.getStart();
      int end = span.getEnd();
      if (!hasLetterOrDigit(text, start, end)) {
        pendingBreak |= isPhraseBreak(text, start, end);
        continue;
      }
      String word = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (languageRules.stopWords().contains(AccentFolding.fold(word))) {
        continue;
      }
      words[count] = word;
      stems[count] = AccentFolding.fold(languageRules.stemmer().stem(word));
      starts[count] = start;
      ends[count] = end;
      breaks[count] = pendingBreak;
      pendingBreak = false;
      count++;
    }
    return new AnalyzedText(
        language,
        Arrays.copyOf(words, count),
        Arrays.copyOf(stems, count),
        Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count),
        Arrays.copyOf(breaks, count));
  }

  /** Whether a catalog term keeps at least one token after analysis. */
  @Override
  public boolean yieldsTokens(String term, String language) {
    return analyze(term, language).size() > 0;
  }

  /** What this analysis lacks for a language: a stop-word list or a stemmer. */
  @Override
  public List<String> languageProblems(String language) {
    return LanguageRules.problems(language);
  }

  /** The folded stem of a lower-case word, as {@link #analyze} gives it. */
  public String stem(String word, String language) {
    return AccentFolding.fold(rules(language).stemmer().stem(word));
  }

  /** How the language forms compounds. */
  public CompoundRules compoundRules(String language) {
    return rules(language).compounds();
  }

  private LanguageRules rules(String language) {
    return rules.computeIfAbsent(language, LanguageRules::of);
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPhraseBreak(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (PHRASE_BREAKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
