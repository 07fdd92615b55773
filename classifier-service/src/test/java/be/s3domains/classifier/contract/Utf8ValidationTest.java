package be.s3domains.classifier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8ValidationTest {

  @Test
  void acceptsEmptyAsciiAndMultiByteText() {
    assertThat(Utf8Validation.isUtf8(new byte[0])).isTrue();
    assertThat(Utf8Validation.isUtf8(utf8("plain ascii"))).isTrue();
    assertThat(Utf8Validation.isUtf8(utf8("één café, Straße, 日本, 🚀"))).isTrue();
  }

  /**
   * Texts longer than one chunk, with a character of 2, 3 or 4 bytes at each offset near its end.
   */
  @ParameterizedTest
  @ValueSource(strings = {"é", "€", "🚀"})
  void acceptsCharactersAcrossTheChunkBoundary(String character) {
    for (int prefix = 1015; prefix <= 1030; prefix++) {
      String text = "a".repeat(prefix) + character + "b".repeat(3000);
      assertThat(Utf8Validation.isUtf8(utf8(text))).as("prefix %d", prefix).isTrue();
    }
  }

  @Test
  void refusesMalformedSequencesAnywhere() {
    byte[][] malformed = {
      {(byte) 0xC3, 0x28}, // a lead byte followed by no continuation
      {(byte) 0xC0, (byte) 0xAF}, // an overlong '/'
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
      {(byte) 0xFF}
    };
    for (byte[] bad : malformed) {
      for (int prefix : new int[] {0, 1023, 1024, 5000}) {
        assertThat(Utf8Validation.isUtf8(concat(utf8("x".repeat(prefix)), bad, utf8("tail"))))
            .as("%d ascii bytes before %s", prefix, hex(bad))
            .isFalse();
      }
    }
  }

  @Test
  void refusesASequenceCutOffAtTheEnd() {
    byte[] rocket = utf8("🚀");
    for (int kept = 1; kept < rocket.length; kept++) {
      byte[] cut = new byte[kept];
      System.arraycopy(rocket, 0, cut, 0, kept);
      assertThat(Utf8Validation.isUtf8(concat(utf8("x".repeat(2000)), cut))).isFalse();
    }
  }

  @Test
  void aRefusalLeavesTheThreadsCheckerReadyForTheNextText() {
    assertThat(Utf8Validation.isUtf8(new byte[] {'a', (byte) 0xC3})).isFalse();
    assertThat(Utf8Validation.isUtf8(utf8("{\"id\":\"p\"}"))).isTrue();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      text.append(String.format("%02X ", b));
    }
    return text.toString().trim();
  }
}
