package be.s3domains.classifier.text;

import be.s3domains.catalog.TermAnalysis;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;

/**
 * Turns text into the token stream the matcher walks: OpenNLP tokens with their offsets, lower
 * case, stop words dropped, Snowball stems with accents folded. Catalog terms and documents go
 * through this same analysis. Analyses only languages with a stop-word list and a stemmer (see
 * {@link #languageProblems}). Thread-safe when its tokenizer is.
 */
public final class TextAnalyzer implements TermAnalysis {

  private final Tokenizer tokenizer;
  private final Map<String, WordForms> forms = new ConcurrentHashMap<>();

  public TextAnalyzer(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Analyses a text as written in the given ISO 639-1 language. */
  public AnalyzedText analyze(String text, String language) {
    WordForms forms = forms(language);
    int capacity = text.length() / 6 + 4;
    String[] words = new String[capacity];
    String[] stems = new String[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    boolean[] breaks = new boolean[capacity];
    int count = 0;
    boolean pendingBreak = false;
    WordWalk walk = words(text);
    while (walk.next()) {
      int start = walk.start();
      int end = walk.end();
      pendingBreak |= walk.breakBefore();
      WordForm form = forms.of(text, start, end);
      if (form.isStopWord()) {
        continue;
      }
      if (count == words.length) {
        int grown = count * 2;
        words = Arrays.copyOf(words, grown);
        stems = Arrays.copyOf(stems, grown);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        breaks = Arrays.copyOf(breaks, grown);
      }
      words[count] = form.word();
      stems[count] = form.stem();
      starts[count] = start;
      ends[count] = end;
      breaks[count] = pendingBreak;
      pendingBreak = false;
      count++;
    }
    return new AnalyzedText(language, words, stems, starts, ends, breaks, count);
  }

  /**
   * The words of a text as {@link #analyze} finds them, stop words included. OpenNLP's {@code
   * SimpleTokenizer} finds the same tokens as {@link CharacterClassCursor}, which does not allocate
   * per token; any other tokenizer is asked for its spans.
   */
  public WordWalk words(String text) {
    TokenCursor tokens =
        tokenizer == SimpleTokenizer.INSTANCE
            ? new CharacterClassCursor(text)
            : new SpanCursor(text, tokenizer.tokenizePos(text));
    return new WordWalk(text, tokens);
  }

  /** What {@link #analyze} makes of one token as written, in the given language. */
  public WordForm form(String token, String language) {
    return forms(language).of(token, 0, token.length());
  }

  /** Whether a catalog term keeps at least one token after analysis. */
  @Override
  public boolean yieldsTokens(String term, String language) {
    return analyze(term, language).size() > 0;
  }

  /** What this analysis lacks for a language: a stop-word list or a stemmer. */
  @Override
  public List<String> languageProblems(String language) {
    return LanguageRules.problems(language);
  }

  /** The folded stem of a lower-case word, as {@link #analyze} gives it. */
  public String stem(String word, String language) {
    return AccentFolding.fold(forms(language).rules().stemmer().stem(word));
  }

  /** How the language forms compounds. */
  public CompoundRules compoundRules(String language) {
    return forms(language).rules().compounds();
  }

  private WordForms forms(String language) {
    return forms.computeIfAbsent(language, code -> new WordForms(LanguageRules.of(code)));
  }
}
