package be.s3domains.classifier.text;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Snowball stemming for one language, memoised: most words of a stream repeat, so the Snowball
 * rules run once per distinct word. Thread-safe: each thread stems with its own Snowball instance
 * and the memo stops growing at {@link #MEMO_LIMIT} words.
 */
final class Stemmer {

  static final int MEMO_LIMIT = 200_000;
  private final ThreadLocal<SnowballStemmer> snowball;
  private final Map<String, String> memo = new ConcurrentHashMap<>();

  private Stemmer(Supplier<SnowballStemmer> factory) {
    this.snowball = ThreadLocal.withInitial(factory);
  }

  /** The stemmer for an ISO 639-1 language code, if Snowball has one. */
  static Optional<Stemmer> forLanguage(String language) {
    SnowballStemmer.ALGORITHM algorithm =
        switch (language) {
          case "en" -> SnowballStemmer.ALGORITHM.ENGLISH;
          case "nl" -> SnowballStemmer.ALGORITHM.DUTCH;
          case "fr" -> SnowballStemmer.ALGORITHM.FRENCH;
          case "de" -> SnowballStemmer.ALGORITHM.GERMAN;
          case "es" -> SnowballStemmer.ALGORITHM.SPANISH;
          case "it" -> SnowballStemmer.ALGORITHM.ITALIAN;
          case "pt" -> SnowballStemmer.ALGORITHM.PORTUGUESE;
          default -> null;
        };
    return Optional.ofNullable(algorithm)
        .map(found -> new Stemmer(() -> new SnowballStemmer(found)));
  }

  /** The stem of a lower-case word. */
  String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    String stem = memo.get(word);
    if (stem == null) {
      stem = snowball.get().stem(word).toString();
      if (memo.size() < MEMO_LIMIT) {
        memo.put(word, stem);
      }
    }
    return stem;
  }
}
