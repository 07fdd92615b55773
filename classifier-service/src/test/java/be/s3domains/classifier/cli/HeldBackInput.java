package be.s3domains.classifier.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Standard input that sends its first line at once, then holds back the end of the input until a
 * condition holds or five seconds have passed, and remembers which came first.
 */
final class HeldBackInput extends InputStream {

  private final byte[] firstLine;
  private final BooleanSupplier condition;
  private int sent;
  private boolean conditionHeldBeforeTheEnd;

  HeldBackInput(String firstLine, BooleanSupplier condition) {
    this.firstLine = (firstLine + "\n").getBytes(StandardCharsets.UTF_8);
    this.condition = condition;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (sent < firstLine.length) {
      int count = Math.min(length, firstLine.length - sent);
      System.arraycopy(firstLine, sent, buffer, offset, count);
      sent += count;
      return count;
    }
    conditionHeldBeforeTheEnd |= awaitCondition();
    return -1;
  }

  boolean conditionHeldBeforeTheEnd() {
    return conditionHeldBeforeTheEnd;
  }

  private boolean awaitCondition() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.onSpinWait();
    }
    return false;
  }
}
