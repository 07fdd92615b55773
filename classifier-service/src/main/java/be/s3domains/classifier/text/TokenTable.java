package be.s3domains.classifier.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.ToLongFunction;

/**
 * Remembers a {@code long} per distinct token, looked up by the token's place in a text, in one
 * flat array: a token seen before costs one pass over its characters and one read of a few adjacent
 * words of memory, with no object to follow. The table has {@code 2^bits} slots, one token each; a
 * token that lands on a taken slot replaces it, and the value is computed again when the other
 * comes back, so the values are always those the function gives.
 *
 * <p>Only tokens of at most {@link #PACKED_CHARS} characters below U+0100 (nearly every word of the
 * languages analysed) are kept, packed into two {@code long}s; the value of any other token is
 * computed each time. The function must be pure.
 *
 * <p>Values are below {@code 2^48}. Thread-safe without locks: each slot's value word also carries
 * a sequence number that is odd while one thread writes the slot; a reader takes the slot only when
 * the number was even and unchanged across its read (a sequence lock), and a writer that finds the
 * slot busy leaves it as it is.
 */
public final class TokenTable {

  static final int PACKED_CHARS = 15;
  static final long MAX_VALUE = (1L << 48) - 1;

  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);
  private static final int LOW = 0;
  private static final int HIGH = 1;
  private static final int SEQUENCE_AND_VALUE = 2;
  private static final int WORDS_PER_SLOT = 3;
  private static final long ONE_WRITE = 1L << 48;

  private final long[] slots;
  private final int mask;
  private final ToLongFunction<String> compute;

  public TokenTable(int bits, ToLongFunction<String> compute) {
    this.slots = new long[WORDS_PER_SLOT << bits];
    this.mask = (1 << bits) - 1;
    this.compute = compute;
  }

  /** The value for {@code text[start, end)}. */
  public long get(String text, int start, int end) {
    int length = end - start;
    if (length > PACKED_CHARS || length == 0) {
      return computed(text.substring(start, end));
    }
    long low = 0;
    long high = 0;
    int lowEnd = Math.min(end, start + 8);
    for (int i = start; i < lowEnd; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return computed(text.substring(start, end));
      }
      low = low << 8 | c;
    }
    for (int i = lowEnd; i < end; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return computed(text.substring(start, end));
      }
      high = high << 8 | c;
    }
    high |= (long) length << 56;
    int base = slot(low, high) * WORDS_PER_SLOT;
    long before = (long) WORDS.getAcquire(slots, base + SEQUENCE_AND_VALUE);
    boolean idle = (before & ONE_WRITE) == 0;
    if (idle) {
      boolean same =
          (long) WORDS.getOpaque(slots, base + LOW) == low
              && (long) WORDS.getOpaque(slots, base + HIGH) == high;
      VarHandle.loadLoadFence();
      if (same && (long) WORDS.getOpaque(slots, base + SEQUENCE_AND_VALUE) == before) {
        return before & MAX_VALUE;
      }
    }
    long value = computed(text.substring(start, end));
    if (idle && WORDS.compareAndSet(slots, base + SEQUENCE_AND_VALUE, before, before + ONE_WRITE)) {
      WORDS.setOpaque(slots, base + LOW, low);
      WORDS.setOpaque(slots, base + HIGH, high);
      long sequence = (before & ~MAX_VALUE) + 2 * ONE_WRITE;
      WORDS.setRelease(slots, base + SEQUENCE_AND_VALUE, sequence | value);
    }
    return value;
  }

  private long computed(String token) {
    long value = compute.applyAsLong(token);
    if (value < 0 || value > MAX_VALUE) {
      throw new IllegalStateException(
          "value " + value + " of token '" + token + "' is outside 0.." + MAX_VALUE);
    }
    return value;
  }

  private int slot(long low, long high) {
    long mixed = low * 0x9E3779B97F4A7C15L ^ high * 0xC2B2AE3D27D4EB4FL;
    return (int) (mixed >>> 32) & mask;
  }
}
