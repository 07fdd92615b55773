package be.s3domains.classifier.scoring;

import java.util.List;
import java.util.Locale;

/**
 * One place where a catalog phrase occurs.
 *
 * @param entries what the phrase means for each domain that lists it; the same list instance for
 *     every occurrence of the phrase
 * @param field where the offsets point: the text (title, line break, description) or the keywords
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset just after the last character
 */
public record TermOccurrence(List<TermEntry> entries, Field field, int start, int end) {

  /** The part of a proposal an occurrence was found in. */
  public enum Field {
    /** {@code title + "\n" + description}. */
    TEXT,
    /** The proposal's keywords joined with {@code "; "}. */
    KEYWORDS;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The field's name as evidence gives it: "text" or "keywords". */
    public String label() {
      return label;
    }
  }
}
