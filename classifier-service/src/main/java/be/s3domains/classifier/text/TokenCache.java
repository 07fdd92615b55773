package be.s3domains.classifier.text;

import java.util.function.Function;

/**
 * Remembers a value per distinct token, looked up by the token's place in a text, so that a token
 * seen before costs one pass over its characters and no allocation. A fixed table of {@code 2^bits}
 * slots, one token each: a token that lands on a taken slot replaces it, and the value is computed
 * again when the other comes back, so the values are always those the function gives.
 *
 * <p>A token of at most {@link #PACKED_CHARS} characters below U+0100 (nearly every word of the
 * languages analysed) is packed into two {@code long}s, so that its entry holds the whole key and a
 * lookup reads one slot and one entry; longer tokens keep their text. Thread-safe: entries are
 * immutable, and a lost write only costs a recomputation.
 */
final class TokenCache<V> {

  static final int PACKED_CHARS = 15;

  private final Entry<V>[] slots;
  private final Function<String, V> compute;

  @SuppressWarnings("unchecked")
  TokenCache(int bits, Function<String, V> compute) {
    this.slots = new Entry[1 << bits];
    this.compute = compute;
  }

  /** The value for {@code text[start, end)}. */
  V get(String text, int start, int end) {
    int length = end - start;
    if (length > PACKED_CHARS) {
      return getUnpacked(text, start, end);
    }
    long low = 0;
    long high = 0;
    int lowEnd = Math.min(end, start + 8);
    for (int i = start; i < lowEnd; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return getUnpacked(text, start, end);
      }
      low = low << 8 | c;
    }
    for (int i = lowEnd; i < end; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return getUnpacked(text, start, end);
      }
      high = high << 8 | c;
    }
    high |= (long) length << 56;
    int slot = slot(low * 0x9E3779B97F4A7C15L ^ high * 0xC2B2AE3D27D4EB4FL);
    Entry<V> entry = slots[slot];
    if (entry == null || entry.low != low || entry.high != high || entry.unpacked != null) {
      entry = new Entry<>(low, high, null, compute.apply(text.substring(start, end)));
      slots[slot] = entry;
    }
    return entry.value;
  }

  private V getUnpacked(String text, int start, int end) {
    long hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = slot(hash * 0x9E3779B97F4A7C15L);
    Entry<V> entry = slots[slot];
    if (entry == null
        || entry.unpacked == null
        || entry.unpacked.length() != end - start
        || !text.regionMatches(start, entry.unpacked, 0, end - start)) {
      String token = text.substring(start, end);
      entry = new Entry<>(0, 0, token, compute.apply(token));
      slots[slot] = entry;
    }
    return entry.value;
  }

  private int slot(long mixed) {
    return (int) (mixed >>> 32) & (slots.length - 1);
  }

  /**
   * A token and its value: packed (its first 8 characters in {@code low}, the others in {@code
   * high}, with the length in its top byte), or as {@code unpacked} text.
   */
  private record Entry<V>(long low, long high, String unpacked, V value) {}
}
