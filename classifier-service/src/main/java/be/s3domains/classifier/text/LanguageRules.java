package be.s3domains.classifier.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the analysis needs of one language, checked as one unit: its stop words, its stemmer
 * and its compound rules. A language without stop words or without a stemmer cannot be analysed,
 * rather than being analysed silently with an empty list. Immutable and thread-safe.
 */
record LanguageRules(StopWords stopWords, Stemmer stemmer, CompoundRules compounds) {

  /** The rules of an ISO 639-1 language; fails with what is missing when it is not supported. */
  static LanguageRules of(String language) {
    Optional<StopWords> stopWords = StopWords.of(language);
    Optional<Stemmer> stemmer = Stemmer.forLanguage(language);
    List<String> missing = missing(language, stopWords, stemmer);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Language '" + language + "' cannot be analysed: " + String.join("; ", missing));
    }
    return new LanguageRules(stopWords.get(), stemmer.get(), CompoundRules.forLanguage(language));
  }

  /** What the analysis lacks for a language; empty when it has stop words and a stemmer. */
  static List<String> problems(String language) {
    return missing(language, StopWords.of(language), Stemmer.forLanguage(language));
  }

  private static List<String> missing(
      String language, Optional<StopWords> stopWords, Optional<Stemmer> stemmer) {
    List<String> missing = new ArrayList<>();
    if (stopWords.isEmpty()) {
      missing.add(
          "no stop-word list (add stopwords/" + language + ".txt to the classifier's resources)");
    }
    if (stemmer.isEmpty()) {
      missing.add("no stemmer (Snowball has none for it here)");
    }
    return missing;
  }
}
