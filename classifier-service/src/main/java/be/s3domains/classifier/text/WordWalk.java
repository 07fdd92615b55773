package be.s3domains.classifier.text;

/**
 * The words of a text in order, as the analysis tokenizes it: tokens that hold a letter or a digit,
 * stop words included, and whether punctuation that ends a phrase (full stop, comma, brackets...)
 * came between a word and the one before it. Single use, one thread.
 */
public final class WordWalk {

  private static final String PHRASE_BREAKS = ".,;:!?()[]{}|\"«»“”„…•";

  private final String text;
  private final TokenCursor tokens;
  private boolean breakBefore;

  WordWalk(String text, TokenCursor tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /** Moves to the next word; false when there is none left. */
  public boolean next() {
    breakBefore = false;
    while (tokens.next()) {
      if (tokens.hasLetterOrDigit()) {
        return true;
      }
      breakBefore |= isPhraseBreak(tokens.start(), tokens.end());
    }
    return false;
  }

  /** The UTF-16 offset where the current word starts. */
  public int start() {
    return tokens.start();
  }

  /** The UTF-16 offset just after the current word. */
  public int end() {
    return tokens.end();
  }

  /** True when phrase-ending punctuation separates this word from the previous one. */
  public boolean breakBefore() {
    return breakBefore;
  }

  private boolean isPhraseBreak(int start, int end) {
    for (int i = start; i < end; i++) {
      if (PHRASE_BREAKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
