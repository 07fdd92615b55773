package be.s3domains.classifier.text;

/**
 * The tokens OpenNLP's {@code SimpleTokenizer} finds, found without allocating: a token is a run of
 * letters (in the sense of {@link Character#isAlphabetic}), a run of digits, or a run of one
 * repeated other character; white space (including no-break spaces) separates tokens and belongs to
 * none.
 */
final class CharacterClassCursor implements TokenCursor {

  private static final byte SPACE = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte OTHER = 3;
  private static final byte[] ASCII_CLASSES = asciiClasses();

  private final String text;
  private final int length;
  private int start;
  private int end;
  private boolean letterOrDigit;

  CharacterClassCursor(String text) {
    this.text = text;
    this.length = text.length();
  }

  @Override
  public boolean next() {
    int at = end;
    while (at < length && classOf(text.charAt(at)) == SPACE) {
      at++;
    }
    if (at == length) {
      return false;
    }
    start = at;
    char first = text.charAt(at);
    byte kind = classOf(first);
    at++;
    if (kind == OTHER) {
      while (at < length && text.charAt(at) == first) {
        at++;
      }
    } else {
      while (at < length && classOf(text.charAt(at)) == kind) {
        at++;
      }
    }
    end = at;
    letterOrDigit = kind != OTHER && (first < 128 || containsLetterOrDigit());
    return true;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  @Override
  public boolean hasLetterOrDigit() {
    return letterOrDigit;
  }

  /** Whether a run of alphabetic characters holds a letter, not only letter numbers or marks. */
  private boolean containsLetterOrDigit() {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static byte classOf(char c) {
    return c < 128 ? ASCII_CLASSES[c] : classify(c);
  }

  private static byte classify(char c) {
    if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
      return SPACE;
    }
    if (Character.isAlphabetic(c)) {
      return LETTER;
    }
    return Character.isDigit(c) ? DIGIT : OTHER;
  }

  private static byte[] asciiClasses() {
    byte[] classes = new byte[128];
    for (char c = 0; c < 128; c++) {
      classes[c] = classify(c);
    }
    return classes;
  }
}
