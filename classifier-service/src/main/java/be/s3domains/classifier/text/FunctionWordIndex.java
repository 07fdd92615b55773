package be.s3domains.classifier.text;

import java.util.Locale;
import java.util.Map;

/**
 * Which language's function word a word of a text is, compared after case and accent folding,
 * looked up without allocating or caching: the word is folded and packed into two {@code long}s as
 * it is read, and looked for in a fixed table of the function words, small enough to stay in the
 * processor's cache. Words that do not pack (longer than {@link #PACKED_CHARS} folded characters,
 * or with a character above U+00FF) are folded as text and looked up in a map. Immutable and
 * thread-safe.
 */
final class FunctionWordIndex {

  static final int NONE = -1;
  private static final int PACKED_CHARS = 15;
  private static final String[] FOLDED = foldedLatin1();

  private final Map<String, Integer> languageOfWord;
  private final long[] keys;
  private final byte[] languages;
  private final int mask;

  /** The function words, folded, each with the number of its language (below 128). */
  FunctionWordIndex(Map<String, Integer> languageOfWord) {
    this.languageOfWord = Map.copyOf(languageOfWord);
    int slots = Integer.highestOneBit(Math.max(4, languageOfWord.size() * 4));
    this.keys = new long[2 * slots];
    this.languages = new byte[slots];
    this.mask = slots - 1;
    languageOfWord.forEach(this::put);
  }

  /** The language number of the function word {@code text[start, end)}; {@link #NONE} for none. */
  int languageOf(String text, int start, int end) {
    long low = 0;
    long high = 0;
    int packed = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 128 && packed < PACKED_CHARS) {
        char lower = (char) (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        if (packed < 8) {
          low = low << 8 | lower;
        } else {
          high = high << 8 | lower;
        }
        packed++;
        continue;
      }
      String folded = c <= 0xFF ? FOLDED[c] : null;
      if (folded == null || packed + folded.length() > PACKED_CHARS) {
        return languageOfWord.getOrDefault(fold(text.substring(start, end)), NONE);
      }
      for (int f = 0; f < folded.length(); f++, packed++) {
        if (packed < 8) {
          low = low << 8 | folded.charAt(f);
        } else {
          high = high << 8 | folded.charAt(f);
        }
      }
    }
    return find(low, high | (long) packed << 56);
  }

  static String fold(String word) {
    return AccentFolding.fold(word.toLowerCase(Locale.ROOT));
  }

  private void put(String word, int language) {
    if (word.isEmpty() || !fold(word).equals(word)) {
      return;
    }
    long low = 0;
    long high = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 0xFF || word.length() > PACKED_CHARS) {
        return;
      }
      if (i < 8) {
        low = low << 8 | c;
      } else {
        high = high << 8 | c;
      }
    }
    high |= (long) word.length() << 56;
    int slot = firstSlot(low, high);
    while (keys[2 * slot + 1] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[2 * slot] = low;
    keys[2 * slot + 1] = high;
    languages[slot] = (byte) language;
  }

  private int find(long low, long high) {
    for (int slot = firstSlot(low, high); keys[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
      if (keys[2 * slot] == low && keys[2 * slot + 1] == high) {
        return languages[slot];
      }
    }
    return NONE;
  }

  private int firstSlot(long low, long high) {
    long mixed = low * 0x9E3779B97F4A7C15L + high;
    mixed = (mixed ^ mixed >>> 32) * 0xC2B2AE3D27D4EB4FL;
    return (int) (mixed >>> 32) & mask;
  }

  /** Each character up to U+00FF in lower case and folded, as {@link #fold} does to words. */
  private static String[] foldedLatin1() {
    String[] folded = new String[0x100];
    for (char c = 0; c < folded.length; c++) {
      String one = fold(String.valueOf(c));
      boolean packs = !one.isEmpty() && one.chars().allMatch(f -> f > 0 && f <= 0xFF);
      folded[c] = packs ? one : null;
    }
    return folded;
  }
}
