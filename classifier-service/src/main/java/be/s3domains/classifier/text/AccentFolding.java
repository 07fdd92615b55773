package be.s3domains.classifier.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Removes accents and splits ligatures, so that "énergie" and "energie" meet. Thread-safe. */
final class AccentFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private AccentFolding() {}

  static String fold(String word) {
    if (isAscii(word)) {
      return word;
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    return MARKS
        .matcher(decomposed)
        .replaceAll("")
        .replace("œ", "oe")
        .replace("æ", "ae")
        .replace("ß", "ss");
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
