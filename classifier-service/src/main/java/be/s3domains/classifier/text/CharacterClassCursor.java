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

  private final char[] text;
  private int start;
  private int end;

  CharacterClassCursor(char[] text) {
    this.text = text;
  }

  @Override
  public boolean next() {
    int at = end;
    while (at < text.length && classOf(text[at]) == SPACE) {
      at++;
    }
    if (at == text.length) {
      return false;
    }
    start = at;
    char first = text[at];
    byte kind = classOf(first);
    at++;
    while (at < text.length && classOf(text[at]) == kind && (kind != OTHER || text[at] == first)) {
      at++;
    }
    end = at;
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
