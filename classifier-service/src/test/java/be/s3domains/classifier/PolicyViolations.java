package be.s3domains.classifier;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Proposals that break the input policy, shared by the tests of every entry point (Kafka, REST, the
 * classify command) so that each shows the same reason for the same defect.
 */
public final class PolicyViolations {

  /** What {@link #zeroWidthSpaceInId()} is rejected with. */
  public static final String ZERO_WIDTH_SPACE =
      "field 'id' contains U+200B (a format character) at index 2";

  /** What {@link #loneSurrogateInId()} is rejected with. */
  public static final String LONE_SURROGATE =
      "field 'id' contains U+D800 (a surrogate without its pair) at index 5";

  private PolicyViolations() {}

  /** The id {@code ab\u200Bc}, written as the raw character: {@code invalid-value}. */
  public static byte[] zeroWidthSpaceInId() {
    return utf8("{\"id\":\"ab\u200Bc\",\"text\":\"Dairy waste.\"}");
  }

  /** The id {@code nul}, then NUL by a JSON escape: {@code invalid-value}. */
  public static byte[] nulInId() {
    return utf8("{\"id\":\"nul\\u0000\",\"text\":\"Dairy waste.\"}");
  }

  /**
   * The id {@code sur-1} and a high surrogate without its low half, by a JSON escape: {@code
   * invalid-value}, never turned into {@code sur-1?}.
   */
  public static byte[] loneSurrogateInId() {
    return utf8("{\"id\":\"sur-1\\ud800\",\"text\":\"Dairy waste.\"}");
  }

  /** A text with the bytes C3 28, which are not UTF-8: {@code invalid-utf8}. */
  public static byte[] invalidUtf8() {
    return withBytesInText(new byte[] {(byte) 0xC3, (byte) 0x28});
  }

  /** A surrogate encoded as if it were a character (ED A0 80, CESU-8): {@code invalid-utf8}. */
  public static byte[] encodedSurrogate() {
    return withBytesInText(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
  }

  private static byte[] withBytesInText(byte[] middle) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    json.writeBytes(utf8("{\"id\":\"bytes-1\",\"text\":\"Dairy "));
    json.writeBytes(middle);
    json.writeBytes(utf8(" waste.\"}"));
    return json.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
