package be.s3domains.catalog;

/**
 * Tells whether a catalog term leaves anything to match once analysed (tokenised, stop words
 * removed). The classifier supplies its own analysis; the default only asks for a letter or digit.
 */
@FunctionalInterface
public interface TermAnalysis {

  TermAnalysis LETTERS_OR_DIGITS =
      (term, language) -> term.codePoints().anyMatch(Character::isLetterOrDigit);

  boolean yieldsTokens(String term, String language);
}
