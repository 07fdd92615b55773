package be.s3domains.classifier.contract;

import java.util.Optional;

/**
 * The characters an id may hold: printable ones only. An id names its event's key and headers and
 * is echoed in logs, so a character that is invisible or changes on the way (a control or format
 * character such as U+200B, a private-use or unassigned code point as this JVM's Unicode version
 * knows them, a line or paragraph separator, a surrogate without its pair) would let two ids look
 * alike or become alike.
 */
final class PrintableCharacters {

  private PrintableCharacters() {}

  /**
   * The first character that is not printable, said as "U+200B (a format character) at index 3".
   */
  static Optional<String> firstUnprintable(String text) {
    for (int index = 0; index < text.length(); ) {
      int codePoint = text.codePointAt(index);
      String kind = unprintableKind(codePoint);
      if (kind != null) {
        return Optional.of(String.format("U+%04X (%s) at index %d", codePoint, kind, index));
      }
      index += Character.charCount(codePoint);
    }
    return Optional.empty();
  }

  private static String unprintableKind(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL -> "a control character";
      case Character.FORMAT -> "a format character";
      case Character.SURROGATE -> "a surrogate without its pair";
      case Character.PRIVATE_USE -> "a private-use character";
      case Character.UNASSIGNED -> "an unassigned code point";
      case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "a line separator";
      default -> null;
    };
  }
}
