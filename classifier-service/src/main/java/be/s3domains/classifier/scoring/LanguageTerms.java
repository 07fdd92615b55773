package be.s3domains.classifier.scoring;

import be.s3domains.classifier.text.TextAnalyzer;
import be.s3domains.classifier.text.TokenTable;
import be.s3domains.classifier.text.WordForm;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The catalog's terms in one analysis language, and what each token as written means for them,
 * remembered per distinct token ({@link TokenTable}) as one number: whether it is a stop word, the
 * number of its stem among the trie's stems (if any term has it), and the terms inside it as a
 * compound. So a document's token that was seen before is matched without analysing it again or
 * following a pointer. Thread-safe once built.
 */
final class LanguageTerms {

  private static final int TOKEN_TABLE_BITS = 17;
  private static final int FIELD_BITS = 20;
  private static final long FIELD_MASK = (1L << FIELD_BITS) - 1;
  private static final long STOP_WORD = 1L << (2 * FIELD_BITS);
  static final int MAX_PART_LISTS = 1 << 16;
  private static final long PARTS_NOT_KEPT = FIELD_MASK;

  private final String language;
  private final TextAnalyzer analyzer;
  private final TrieNode[] phraseStarts;
  private final CompoundSplitter splitter;
  private final Map<String, Integer> stemNumbers = new HashMap<>();
  private final Map<List<TrieNode>, Integer> partListNumbers = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<List<TrieNode>> partLists =
      new AtomicReferenceArray<>(MAX_PART_LISTS);
  private final AtomicInteger partListsKept = new AtomicInteger();
  private final TokenTable meanings;

  LanguageTerms(String language, TextAnalyzer analyzer, TrieNode root, CompoundSplitter splitter) {
    this.language = language;
    this.analyzer = analyzer;
    this.splitter = splitter;
    root.numberStems(stemNumbers);
    if (stemNumbers.size() >= FIELD_MASK) {
      throw new IllegalArgumentException(
          "the catalog has " + stemNumbers.size() + " distinct stems in '" + language + "'");
    }
    this.phraseStarts = new TrieNode[stemNumbers.size()];
    Arrays.setAll(phraseStarts, root::child);
    this.meanings = new TokenTable(TOKEN_TABLE_BITS, this::meaning);
  }

  /** The trie node of the phrases that start with the stem numbered so; null for none. */
  TrieNode phrasesStartingWith(int stem) {
    return stem >= 0 ? phraseStarts[stem] : null;
  }

  /** What {@code text[start, end)} means for the terms; see the static readers. */
  long meaningOf(String text, int start, int end) {
    return meanings.get(text, start, end);
  }

  static boolean isStopWord(long meaning) {
    return (meaning & STOP_WORD) != 0;
  }

  /** The number of the token's stem in the trie; -1 when no term has it. */
  static int stem(long meaning) {
    return (int) (meaning & FIELD_MASK) - 1;
  }

  /** The terms inside the token as a compound, modifier first; empty for none. */
  List<TrieNode> termsInside(long meaning, String text, int start, int end) {
    long parts = meaning >>> FIELD_BITS & FIELD_MASK;
    if (parts == 0) {
      return List.of();
    }
    if (parts == PARTS_NOT_KEPT) {
      return splitter.termsInside(analyzer.form(text.substring(start, end), language).word());
    }
    return partLists.get((int) parts - 1);
  }

  private long meaning(String token) {
    WordForm form = analyzer.form(token, language);
    if (form.isStopWord()) {
      return STOP_WORD;
    }
    long stem = stemNumbers.getOrDefault(form.stem(), -1) + 1;
    return partsNumber(splitter.termsInside(form.word())) << FIELD_BITS | stem;
  }

  /**
   * The list's number plus one; 0 for no parts, {@link #PARTS_NOT_KEPT} once the lists are full.
   */
  private long partsNumber(List<TrieNode> parts) {
    if (parts.isEmpty()) {
      return 0;
    }
    Integer number =
        partListNumbers.computeIfAbsent(
            parts,
            list -> {
              int next = partListsKept.getAndIncrement();
              if (next >= MAX_PART_LISTS) {
                return null;
              }
              partLists.set(next, list);
              return next;
            });
    return number == null ? PARTS_NOT_KEPT : number + 1;
  }
}
