package be.s3domains.classifier.contract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are well-formed UTF-8, decided by the JDK's strict decoder into a small buffer of
 * each thread's that is used again: a check, not a copy of the text.
 */
final class Utf8Validation {

  private static final int CHUNK = 1024;
  private static final ThreadLocal<Utf8Validation> PER_THREAD =
      ThreadLocal.withInitial(Utf8Validation::new);

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chunk = CharBuffer.allocate(CHUNK);

  private Utf8Validation() {}

  static boolean isUtf8(byte[] bytes) {
    return PER_THREAD.get().check(ByteBuffer.wrap(bytes));
  }

  private boolean check(ByteBuffer bytes) {
    decoder.reset();
    CoderResult result;
    do {
      chunk.clear();
      result = decoder.decode(bytes, chunk, true);
    } while (result.isOverflow());
    if (result.isError()) {
      return false;
    }
    chunk.clear();
    return !decoder.flush(chunk).isError();
  }
}
