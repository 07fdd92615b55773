package be.s3domains.classifier.text;

/**
 * What the analysis makes of one token as written.
 *
 * @param word the token in lower case
 * @param stem its folded stem; null for a stop word
 */
public record WordForm(String word, String stem) {

  public boolean isStopWord() {
    return stem == null;
  }
}
