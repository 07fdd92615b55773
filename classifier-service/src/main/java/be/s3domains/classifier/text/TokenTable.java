package be.s3domains.classifier.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToLongFunction;

/**
 * Remembers a {@code long} per distinct token, looked up by the token's place in a text, in one
 * flat array: a token seen before costs one pass over its characters and one read of a few adjacent
 * words of memory, with no object to follow. The table has {@code 2^bits} slots (at least two), one
 * token each, and a token may take either of two neighbouring slots; a token that finds both taken
 * replaces one at random, and the value is computed again when the other comes back, so the values
 * are always those the function gives.
 *
 * <p>Tokens of at most {@link #PACKED_CHARS} characters below U+0100 (nearly every word of the
 * languages analysed) are packed into two {@code long}s; longer ones (Dutch compounds) and others
 * are kept as text in a table of as many slots, whose entries are objects. The function must be
 * pure.
 *
 * <p>Values are below {@code 2^48}. Thread-safe without locks: an unpacked token's entry is
 * immutable; each packed slot's value word also carries a sequence number that is odd while one
 * thread writes the slot; a reader takes the slot only when the number was even and unchanged
 * across its read (a sequence lock), and a writer that finds the slot busy leaves it as it is.
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
  private static final int WAYS = 2;

  private final long[] slots;
  private final int mask;
  private final Unpacked[] unpacked;
  private final ToLongFunction<String> compute;

  public TokenTable(int bits, ToLongFunction<String> compute) {
    this.slots = new long[WORDS_PER_SLOT << Math.max(bits, 1)];
    this.mask = (1 << Math.max(bits, 1)) - 1;
    this.unpacked = new Unpacked[mask + 1];
    this.compute = compute;
  }

  /** The value for {@code text[start, end)}. */
  public long get(String text, int start, int end) {
    int length = end - start;
    if (length > PACKED_CHARS || length == 0) {
      return unpacked(text, start, end);
    }
    long low = 0;
    long high = 0;
    int lowEnd = Math.min(end, start + 8);
    for (int i = start; i < lowEnd; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return unpacked(text, start, end);
      }
      low = low << 8 | c;
    }
    for (int i = lowEnd; i < end; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return unpacked(text, start, end);
      }
      high = high << 8 | c;
    }
    high |= (long) length << 56;
    int first = firstSlot(low, high);
    for (int slot = first; slot < first + WAYS; slot++) {
      int base = slot * WORDS_PER_SLOT;
      long before = (long) WORDS.getAcquire(slots, base + SEQUENCE_AND_VALUE);
      if ((before & ONE_WRITE) == 0
          && (long) WORDS.getOpaque(slots, base + LOW) == low
          && (long) WORDS.getOpaque(slots, base + HIGH) == high) {
        VarHandle.loadLoadFence();
        if ((long) WORDS.getOpaque(slots, base + SEQUENCE_AND_VALUE) == before) {
          return before & MAX_VALUE;
        }
      }
    }
    long value = computed(text.substring(start, end));
    write(victim(first), low, high, value);
    return value;
  }

  /** A free slot of the token's set, or else one of them at random. */
  private int victim(int first) {
    for (int slot = first; slot < first + WAYS; slot++) {
      if ((long) WORDS.getOpaque(slots, slot * WORDS_PER_SLOT + HIGH) == 0) {
        return slot;
      }
    }
    return first + ThreadLocalRandom.current().nextInt(WAYS);
  }

  /** Writes the slot unless another thread is writing it. */
  private void write(int slot, long low, long high, long value) {
    int base = slot * WORDS_PER_SLOT;
    long before = (long) WORDS.getAcquire(slots, base + SEQUENCE_AND_VALUE);
    if ((before & ONE_WRITE) == 0
        && WORDS.compareAndSet(slots, base + SEQUENCE_AND_VALUE, before, before + ONE_WRITE)) {
      WORDS.setOpaque(slots, base + LOW, low);
      WORDS.setOpaque(slots, base + HIGH, high);
      long sequence = (before & ~MAX_VALUE) + 2 * ONE_WRITE;
      WORDS.setRelease(slots, base + SEQUENCE_AND_VALUE, sequence | value);
    }
  }

  private long unpacked(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int first = (hash ^ hash >>> 16) & mask & -WAYS;
    int length = end - start;
    for (int slot = first; slot < first + WAYS; slot++) {
      Unpacked entry = unpacked[slot];
      if (entry != null
          && entry.token.length() == length
          && text.regionMatches(start, entry.token, 0, length)) {
        return entry.value;
      }
    }
    String token = text.substring(start, end);
    long value = computed(token);
    int victim =
        unpacked[first] == null ? first : first + ThreadLocalRandom.current().nextInt(WAYS);
    unpacked[victim] = new Unpacked(token, value);
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

  /** The first of the {@link #WAYS} neighbouring slots a token may take. */
  private int firstSlot(long low, long high) {
    long mixed = low * 0x9E3779B97F4A7C15L + high;
    mixed = (mixed ^ mixed >>> 32) * 0xC2B2AE3D27D4EB4FL;
    return (int) (mixed >>> 32) & mask & -WAYS;
  }

  /** A token that cannot be packed, and its value; immutable, so safe to share. */
  private record Unpacked(String token, long value) {}
}
