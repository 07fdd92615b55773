package be.s3domains.classifier.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Turns text into the token stream the matcher walks: OpenNLP tokens with their offsets, lower
 * case, stop words dropped, Snowball stems with accents folded. Catalog terms and documents go
 * through this same analysis. Thread-safe when its tokenizer is.
 */
public final class TextAnalyzer {

  private static final String PHRASE_BREAKS = ".,;:!?()[]{}|\"«»“”„…•";

  private final Tokenizer tokenizer;
  private final Map<String, LanguageRules> rules = new ConcurrentHashMap<>();

  public TextAnalyzer(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Analyses a text as written in the given ISO 639-1 language. */
  public AnalyzedText analyze(String text, String language) {
    LanguageRules languageRules = rules.computeIfAbsent(language, LanguageRules::of);
    Span[] spans = tokenizer.tokenizePos(text);
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
      stems[count] = AccentFolding.fold(languageRules.stemmer().stem(word));
      starts[count] = start;
      ends[count] = end;
      breaks[count] = pendingBreak;
      pendingBreak = false;
      count++;
    }
    return new AnalyzedText(
        language,
        Arrays.copyOf(stems, count),
        Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count),
        Arrays.copyOf(breaks, count));
  }

  /** Whether a catalog term keeps at least one token after analysis. */
  public boolean yieldsTokens(String term, String language) {
    return analyze(term, language).size() > 0;
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

  private record LanguageRules(StopWords stopWords, Stemmer stemmer) {
    static LanguageRules of(String language) {
      return new LanguageRules(StopWords.of(language), Stemmer.forLanguage(language));
    }
  }
}
