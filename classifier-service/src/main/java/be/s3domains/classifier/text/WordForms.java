package be.s3domains.classifier.text;

import java.util.Locale;

/**
 * What the analysis makes of each token of one language as written: its lower-case form and, unless
 * it is a stop word, its folded stem. Remembered per distinct token ({@link TokenCache}), since
 * most tokens of a stream repeat: 65,536 tokens per language at most, a few megabytes. Thread-safe.
 */
final class WordForms {

  private static final int CACHE_BITS = 16;

  private final LanguageRules rules;
  private final TokenCache<WordForm> cache;

  WordForms(LanguageRules rules) {
    this.rules = rules;
    this.cache = new TokenCache<>(CACHE_BITS, this::analyse);
  }

  LanguageRules rules() {
    return rules;
  }

  /** The form of {@code text[start, end)}. */
  WordForm of(String text, int start, int end) {
    return cache.get(text, start, end);
  }

  private WordForm analyse(String token) {
    String word = token.toLowerCase(Locale.ROOT);
    if (rules.stopWords().contains(AccentFolding.fold(word))) {
      return new WordForm(word, null);
    }
    return new WordForm(word, AccentFolding.fold(rules.stemmer().stem(word)));
  }
}
