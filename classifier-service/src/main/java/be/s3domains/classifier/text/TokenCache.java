package be.s3domains.classifier.text;

import java.util.function.Function;

/**
 * Remembers a value per distinct token, looked up by the token's place in a text, so that a token
 * seen before costs a hash over its characters and no allocation. A fixed table of {@code 2^bits}
 * slots, one token each: a token that lands on a taken slot replaces it, and the value is computed
 * again when the other comes back, so the values are always those the function gives. Thread-safe:
 * entries are immutable, and a lost write only costs a recomputation. (The classification's own hot
 * path reads {@link TokenTable}, which holds no objects.)
 */
final class TokenCache<V> {

  private final Entry<V>[] slots;
  private final Function<String, V> compute;

  @SuppressWarnings("unchecked")
  TokenCache(int bits, Function<String, V> compute) {
    this.slots = new Entry[1 << bits];
    this.compute = compute;
  }

  /** The value for {@code text[start, end)}. */
  V get(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ hash >>> 16) & (slots.length - 1);
    Entry<V> entry = slots[slot];
    int length = end - start;
    if (entry == null
        || entry.token.length() != length
        || !text.regionMatches(start, entry.token, 0, length)) {
      String token = text.substring(start, end);
      entry = new Entry<>(token, compute.apply(token));
      slots[slot] = entry;
    }
    return entry.value;
  }

  private record Entry<V>(String token, V value) {}
}
