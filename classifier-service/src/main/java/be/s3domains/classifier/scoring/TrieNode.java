package be.s3domains.classifier.scoring;

import be.s3domains.catalog.Signature;
import be.s3domains.classifier.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One node of the term trie: the stems that continue a phrase, and the terms that end here. Built
 * with stems as text; {@link #numberStems} then keys every edge by the stem's number, which is how
 * documents walk it.
 */
final class TrieNode {

  private final Map<String, TrieNode> children = new HashMap<>();
  private List<TermEntry> entries = List.of();
  private int[] childStems = new int[0];
  private TrieNode[] childNodes = new TrieNode[0];

  /** The node the stem with this number leads to; null for none (or a negative number). */
  TrieNode child(int stem) {
    if (stem < 0) {
      return null;
    }
    int at = Arrays.binarySearch(childStems, stem);
    return at >= 0 ? childNodes[at] : null;
  }

  boolean isTerm() {
    return !entries.isEmpty();
  }

  List<TermEntry> entries() {
    return entries;
  }

  TrieNode insert(AnalyzedText term) {
    TrieNode node = this;
    for (int token = 0; token < term.size(); token++) {
      node = node.children.computeIfAbsent(term.stem(token), stem -> new TrieNode());
    }
    return node;
  }

  /**
   * Numbers every stem of the trie below this node, adding new stems to {@code numbers}, and keys
   * the edges by those numbers. Runs once, after all terms are in.
   */
  void numberStems(Map<String, Integer> numbers) {
    SortedMap<Integer, TrieNode> byNumber = new TreeMap<>();
    children.forEach(
        (stem, node) -> byNumber.put(numbers.computeIfAbsent(stem, s -> numbers.size()), node));
    childStems = byNumber.keySet().stream().mapToInt(Integer::intValue).toArray();
    childNodes = byNumber.values().toArray(TrieNode[]::new);
    children.values().forEach(node -> node.numberStems(numbers));
  }

  /** Adds a domain's signature; where a domain lists the same phrase twice the heavier counts. */
  void addEntry(int domain, Signature signature) {
    List<TermEntry> updated = new ArrayList<>(entries);
    for (int i = 0; i < updated.size(); i++) {
      TermEntry entry = updated.get(i);
      if (entry.domain() == domain) {
        if (entry.weight() < signature.weight()) {
          updated.set(
              i, new TermEntry(domain, signature.term(), signature.kind(), signature.weight()));
        }
        entries = List.copyOf(updated);
        return;
      }
    }
    updated.add(new TermEntry(domain, signature.term(), signature.kind(), signature.weight()));
    entries = List.copyOf(updated);
  }

  /**
   * Scales the weights down when several domains share the phrase ({@link
   * ScoreFormula#specificity}). Runs once per terminal after all terms are in, exactly once.
   */
  void applySpecificity(int domainCount) {
    double specificity = ScoreFormula.specificity(entries.size(), domainCount);
    entries =
        entries.stream()
            .map(e -> new TermEntry(e.domain(), e.term(), e.kind(), e.weight() * specificity))
            .toList();
  }
}
