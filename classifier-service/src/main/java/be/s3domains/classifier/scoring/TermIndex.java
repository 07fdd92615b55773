package be.s3domains.classifier.scoring;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.catalog.Signature;
import be.s3domains.classifier.text.AnalyzedText;
import be.s3domains.classifier.text.TextAnalyzer;
import be.s3domains.classifier.text.WordWalk;
import java.util.ArrayList;
import java.util.Arrays;
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
  private final TextAnalyzer analyzer;
  private final Map<String, LanguageTerms> languages;

  private TermIndex(
      DomainCatalog catalog, TextAnalyzer analyzer, Map<String, LanguageTerms> languages) {
    this.catalog = catalog;
    this.analyzer = analyzer;
    this.languages = languages;
  }

  public static TermIndex build(DomainCatalog catalog, TextAnalyzer analyzer) {
    Map<String, LanguageTerms> languages = new HashMap<>();
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
      languages.put(language, new LanguageTerms(language, analyzer, root, splitter));
    }
    return new TermIndex(catalog, analyzer, Map.copyOf(languages));
  }

  public DomainCatalog catalog() {
    return catalog;
  }

  /**
   * The language whose rules and terms analyse a text in the given language: the language itself
   * where the catalog has terms in it, English otherwise (or the catalog's first language).
   */
  public String analysisLanguage(String language) {
    if (languages.containsKey(language)) {
      return language;
    }
    return languages.containsKey(LINGUA_FRANCA) ? LINGUA_FRANCA : catalog.languages().get(0);
  }

  /**
   * Finds the catalog terms in a text, analysed in the given language (an {@link
   * #analysisLanguage}), leftmost and longest first, without overlaps. Phrases do not run across
   * sentence punctuation. Where no phrase starts at a word, the terms inside it are looked for as
   * the parts of a compound (in languages that glue compounds); they point at the whole compound.
   */
  public Matches find(String text, String language, TermOccurrence.Field field) {
    LanguageTerms terms = languages.get(language);
    if (terms == null) {
      throw new IllegalArgumentException(
          "text was analysed as '" + language + "', which the catalog has no terms for");
    }
    Words words = Words.PER_THREAD.get().fill(text, analyzer, terms);
    List<TermOccurrence> occurrences = new ArrayList<>();
    int word = 0;
    while (word < words.count) {
      int longestEnd = -1;
      TrieNode longest = null;
      TrieNode node = terms.phrasesStartingWith(LanguageTerms.stem(words.meanings[word]));
      for (int next = word + 1; node != null; next++) {
        if (node.isTerm()) {
          longest = node;
          longestEnd = next - 1;
        }
        if (next == words.count || words.breaksBefore[next]) {
          break;
        }
        node = node.child(LanguageTerms.stem(words.meanings[next]));
      }
      int start = words.starts[word];
      if (longest == null) {
        int end = words.ends[word];
        List<TrieNode> parts = terms.termsInside(words.meanings[word], text, start, end);
        // Indexed: a for-each took an iterator per word, a fifth of what a classification
        // allocated.
        for (int part = 0; part < parts.size(); part++) {
          occurrences.add(new TermOccurrence(parts.get(part).entries(), field, start, end));
        }
        word++;
      } else {
        occurrences.add(
            new TermOccurrence(longest.entries(), field, start, words.ends[longestEnd]));
        word = longestEnd + 1;
      }
    }
    return new Matches(occurrences, words.count);
  }

  /**
   * The terms found in a text.
   *
   * @param occurrences where each term occurs, in text order
   * @param words the words of the text that are not stop words
   */
  public record Matches(List<TermOccurrence> occurrences, int words) {}

  /**
   * A text's words that are not stop words, with what each means for the terms. Each thread fills
   * one again for every text: a classification used to allocate its arrays anew, two fifths of all
   * it allocated.
   */
  private static final class Words {

    static final ThreadLocal<Words> PER_THREAD = ThreadLocal.withInitial(() -> new Words(512));

    private int count;
    private long[] meanings;
    private int[] starts;
    private int[] ends;
    private boolean[] breaksBefore;

    private Words(int capacity) {
      meanings = new long[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
      breaksBefore = new boolean[capacity];
    }

    Words fill(String text, TextAnalyzer analyzer, LanguageTerms terms) {
      count = 0;
      boolean pendingBreak = false;
      WordWalk walk = analyzer.words(text);
      while (walk.next()) {
        pendingBreak |= walk.breakBefore();
        long meaning = terms.meaningOf(text, walk.start(), walk.end());
        if (!LanguageTerms.isStopWord(meaning)) {
          add(meaning, walk.start(), walk.end(), pendingBreak);
          pendingBreak = false;
        }
      }
      return this;
    }

    private void add(long meaning, int start, int end, boolean breakBefore) {
      if (count == meanings.length) {
        int grown = count * 2;
        meanings = Arrays.copyOf(meanings, grown);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        breaksBefore = Arrays.copyOf(breaksBefore, grown);
      }
      meanings[count] = meaning;
      starts[count] = start;
      ends[count] = end;
      breaksBefore[count] = breakBefore;
      count++;
    }
  }
}
