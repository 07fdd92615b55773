package be.s3domains.classifier.text;

/** Walks a text's tokens in order, one at a time, giving their offsets. Single use, one thread. */
interface TokenCursor {

  /** Moves to the next token; false when there is none left. */
  boolean next();

  /** The UTF-16 offset where the current token starts. */
  int start();

  /** The UTF-16 offset just after the current token. */
  int end();

  /** Whether the current token holds a letter or a digit ({@link Character#isLetterOrDigit}). */
  boolean hasLetterOrDigit();
}
