package be.s3domains.classifier.text;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Remembers a value per distinct token, looked up by the token's place in a text, so that a token
 * seen before costs a hash over its characters and no allocation. A fixed table of {@code 2^bits}
 * slots, one token each: a token that lands on a taken slot replaces it, and the value is computed
 * again when the other comes back, so the values are always those the function gives. Thread-safe:
 * entries are immutable, and a lost write only costs a recomputation.
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
  V get(char[] text, int start, int end) {
    int hash = hash(text, start, end);
    int slot = hash & (slots.length - 1);
    Entry<V> entry = slots[slot];
    if (entry == null
        || entry.hash != hash
        || !Arrays.equals(entry.token, 0, entry.token.length, text, start, end)) {
      char[] token = Arrays.copyOfRange(text, start, end);
      entry = new Entry<>(token, hash, compute.apply(new String(token)));
      slots[slot] = entry;
    }
    return entry.value;
  }

  private static int hash(char[] text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text[i];
    }
    return hash ^ (hash >>> 16);
  }

  private record Entry<V>(char[] token, int hash, V value) {}
}
