package be.s3domains.catalog;

import java.util.List;

/**
 * The analysis a catalog's terms will go through. It tells whether a term leaves anything to match
 * once analysed (tokenised, stop words removed), and what the analysis lacks for a language the
 * catalog has terms in. The classifier supplies its own analysis; the default only asks for a
 * letter or digit and knows every language.
 */
@FunctionalInterface
public interface TermAnalysis {

  TermAnalysis LETTERS_OR_DIGITS =
      (term, language) -> term.codePoints().anyMatch(Character::isLetterOrDigit);

  boolean yieldsTokens(String term, String language);

  /** What the analysis is missing to handle this ISO 639-1 language; empty when it is complete. */
  default List<String> languageProblems(String language) {
    return List.of();
  }
}
