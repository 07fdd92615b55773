package be.s3domains.classifier.text;

import java.util.Objects;

/**
 * The analysed tokens of a text, in order: word, stem and character span of each token that is not
 * a stop word or punctuation, and whether a phrase may run from the previous token into it.
 * Immutable.
 */
public final class AnalyzedText {

  private final String language;
  private final String[] words;
  private final String[] stems;
  private final int[] starts;
  private final int[] ends;
  private final boolean[] breaksBefore;
  private final int size;

  /** The first {@code size} entries of the arrays are the tokens; the arrays are not copied. */
  AnalyzedText(
      String language,
      String[] words,
      String[] stems,
      int[] starts,
      int[] ends,
      boolean[] breaksBefore,
      int size) {
    this.language = language;
    this.size = size;
    this.words = words;
    this.stems = stems;
    this.starts = starts;
    this.ends = ends;
    this.breaksBefore = breaksBefore;
  }

  /** The ISO 639-1 code of the language the text was analysed as. */
  public String language() {
    return language;
  }

  public int size() {
    return size;
  }

  /** The token as written, in lower case. */
  public String word(int token) {
    return words[checked(token)];
  }

  public String stem(int token) {
    return stems[checked(token)];
  }

  /** The UTF-16 offset where the token starts in the analysed text. */
  public int start(int token) {
    return starts[checked(token)];
  }

  /** The UTF-16 offset just after the token. */
  public int end(int token) {
    return ends[checked(token)];
  }

  /** True when punctuation such as a full stop or comma separates this token from the previous. */
  public boolean breakBefore(int token) {
    return breaksBefore[checked(token)];
  }

  private int checked(int token) {
    return Objects.checkIndex(token, size);
  }
}
