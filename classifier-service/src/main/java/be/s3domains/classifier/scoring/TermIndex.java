package be.s3domains.classifier.scoring;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.catalog.Signature;
import be.s3domains.classifier.text.AnalyzedText;
import be.s3domains.classifier.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's terms, analysed into stem sequences and kept in one token trie per analysis
 * language, so that a document is matched in a single pass whatever the number of terms; words that
 * match no term are looked into as compounds of the catalog's words. Each language's trie also
 * holds the catalog's English terms, since proposals in Dutch or French often use English
 * technology names. Immutable and thread-safe once built.
 */
public final class TermIndex {

  private static final String LINGUA_FRANCA = "en";

  private final DomainCatalog catalog;
  private final Map<String, TrieNode> roots;
  private final Map<String, CompoundSplitter> splitters;

  private TermIndex(
      DomainCatalog catalog, Map<String, TrieNode> roots, Map<String, CompoundSplitter> splitters) {
    this.catalog = catalog;
    this.roots = roots;
    this.splitters = splitters;
  }

  public static TermIndex build(DomainCatalog catalog, TextAnalyzer analyzer) {
    Map<String, TrieNode> roots = new HashMap<>();
    Map<String, CompoundSplitter> splitters = new HashMap<>();
    for (String language : catalog.languages()) {
      TrieNode root = new TrieNode();
      CompoundSplitter splitter = new CompoundSplitter(analyzer, language);
      Set<TrieNode> terminals = new HashSet<>();
      for (int domain = 0; domain < catalog.domains().size(); domain++) {
        DomainProfile profile = catalog.domains().get(domain);
        for (Signature signature : profile.signatures()) {
          if (signature.language().equals(language) || signature.language().equals(LINGUA_FRANCA)) {
            AnalyzedText term = analyzer.analyze(signature.term(), language);
            if (term.size() == 0) {
              continue;
            }
            TrieNode node = root.insert(term);
            node.addEntry(domain, signature);
            terminals.add(node);
            if (signature.language().equals(language)) {
              splitter.addWord(term, node);
            }
          }
        }
      }
      int domainCount = catalog.domains().size();
      terminals.forEach(node -> node.applySpecificity(domainCount));
      roots.put(language, root);
      splitters.put(language, splitter);
    }
    return new TermIndex(catalog, roots, splitters);
  }

  public DomainCatalog catalog() {
    return catalog;
  }

  /**
   * The language whose rules and terms analyse a text in the given language: the language itself
   * where the catalog has terms in it, English otherwise (or the catalog's first language).
   */
  public String analysisLanguage(String language) {
    if (roots.containsKey(language)) {
      return language;
    }
    return roots.containsKey(LINGUA_FRANCA) ? LINGUA_FRANCA : catalog.languages().get(0);
  }

  /**
   * Finds the catalog terms in an analysed text, leftmost and longest first, without overlaps.
   * Phrases do not run across sentence punctuation. Where no phrase starts at a token, the terms
   * inside it are looked for as the parts of a compound (in languages that glue compounds); they
   * point at the whole compound.
   */
  public List<TermOccurrence> find(AnalyzedText text, TermOccurrence.Field field) {
    TrieNode root = roots.get(text.language());
    if (root == null) {
      throw new IllegalArgumentException(
          "text was analysed as '" + text.language() + "', which the catalog has no terms for");
    }
    CompoundSplitter splitter = splitters.get(text.language());
    List<TermOccurrence> occurrences = new ArrayList<>();
    int token = 0;
    while (token < text.size()) {
      int longestEnd = -1;
      TrieNode longest = null;
      TrieNode node = root;
      for (int next = token; next < text.size(); next++) {
        if (next > token && text.breakBefore(next)) {
          break;
        }
        node = node.child(text.stem(next));
        if (node == null) {
          break;
        }
        if (node.isTerm()) {
          longest = node;
          longestEnd = next;
        }
      }
      if (longest == null) {
        for (TrieNode part : splitter.termsInside(text.word(token))) {
          occurrences.add(
              new TermOccurrence(part.entries(), field, text.start(token), text.end(token)));
        }
        token++;
      } else {
        occurrences.add(
            new TermOccurrence(longest.entries(), field, text.start(token), text.end(longestEnd)));
        token = longestEnd + 1;
      }
    }
    return occurrences;
  }
}
