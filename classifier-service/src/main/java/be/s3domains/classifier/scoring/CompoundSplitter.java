package be.s3domains.classifier.scoring;

import be.s3domains.classifier.text.AnalyzedText;
import be.s3domains.classifier.text.CompoundRules;
import be.s3domains.classifier.text.TextAnalyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the catalog's one-word terms inside a compound word, the way Lucene's dictionary compound
 * filter does, with the one-word terms the catalog lists in the text's own language as the
 * dictionary: the longest head that is a term (the compound's last part, in any inflection:
 * "installatie" in "warmtepompinstallaties") and the longest modifier that is a term as written or
 * as stemmed (its first part, before a linking element: "warmtepomp", "hoogrendement-s-"). The rest
 * of the word beside a part must have at least {@link #MIN_REST} letters, and a part whose stem is
 * shorter than the language's shortest part is never looked for: short stems meet by chance.
 * Thread-safe once built: the vocabulary no longer changes, and the memo is a concurrent map.
 */
final class CompoundSplitter {

  static final int MIN_REST = 3;
  static final int MEMO_LIMIT = 100_000;

  private final TextAnalyzer analyzer;
  private final String language;
  private final CompoundRules rules;
  private final Map<String, TrieNode> headsByStem = new HashMap<>();
  private final Map<String, TrieNode> modifiers = new HashMap<>();
  private final Map<String, List<TrieNode>> memo = new ConcurrentHashMap<>();

  CompoundSplitter(TextAnalyzer analyzer, String language) {
    this.analyzer = analyzer;
    this.language = language;
    this.rules = analyzer.compoundRules(language);
  }

  /** Adds a term of the splitter's language that analysed to one token, ending at the node. */
  void addWord(AnalyzedText term, TrieNode node) {
    if (!rules.splitsCompounds() || term.size() != 1) {
      return;
    }
    String stem = term.stem(0);
    if (stem.length() >= rules.minPartLength()) {
      headsByStem.put(stem, node);
      modifiers.put(stem, node);
      modifiers.put(term.word(0), node);
    }
  }

  /**
   * The term nodes of the parts found in a lower-case word, modifier first; empty for none. Words
   * that could be compounds repeat across a stream, so their answer is memoised, for at most {@link
   * #MEMO_LIMIT} words; other words are not looked at.
   */
  List<TrieNode> termsInside(String word) {
    if (headsByStem.isEmpty() || word.length() < rules.minPartLength() + MIN_REST) {
      return List.of();
    }
    List<TrieNode> parts = memo.get(word);
    if (parts == null) {
      if (!isLettersOnly(word)) {
        return List.of();
      }
      parts = split(word);
      if (memo.size() < MEMO_LIMIT) {
        memo.put(word, parts);
      }
    }
    return parts;
  }

  private static boolean isLettersOnly(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private List<TrieNode> split(String word) {
    Part head = longestHead(word);
    Part modifier = longestModifier(word);
    if (head == null || modifier == null) {
      return head != null
          ? List.of(head.node())
          : modifier != null ? List.of(modifier.node()) : List.of();
    }
    if (modifier.boundary() <= head.boundary()) {
      return head.node() == modifier.node()
          ? List.of(modifier.node())
          : List.of(modifier.node(), head.node());
    }
    boolean modifierIsLonger = modifier.boundary() > word.length() - head.boundary();
    return List.of(modifierIsLonger ? modifier.node() : head.node());
  }

  /** The longest head that is a term, with where it starts; null for none. */
  private Part longestHead(String word) {
    for (int start = MIN_REST; start <= word.length() - rules.minPartLength(); start++) {
      TrieNode node = headsByStem.get(analyzer.stem(word.substring(start), language));
      if (node != null) {
        return new Part(node, start);
      }
    }
    return null;
  }

  /**
   * The longest modifier that is a term, with where it ends, linking element included; null for
   * none.
   */
  private Part longestModifier(String word) {
    for (int end = word.length() - MIN_REST; end >= rules.minPartLength(); end--) {
      for (String link : rules.linkingElements()) {
        int partEnd = end - link.length();
        if (partEnd >= rules.minPartLength() && word.startsWith(link, partEnd)) {
          TrieNode node = modifiers.get(word.substring(0, partEnd));
          if (node != null) {
            return new Part(node, end);
          }
        }
      }
    }
    return null;
  }

  /** A term found in a compound and the offset in the word where it meets the rest. */
  private record Part(TrieNode node, int boundary) {}
}
