package be.s3domains.classifier.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a text's language from its function words, at the cost of a lookup per word: each word
 * that is a stop word of exactly one of the given languages is a vote for it (a one-letter word
 * only when elided, as in "l'usine"). The vote decides only on clear evidence: at least {@link
 * #MIN_VOTES} votes, at least {@link #MIN_SHARE} of the words voting for the winner, and {@link
 * #MIN_LEAD} times the votes of the runner-up. Otherwise it abstains, and a statistical detector
 * should decide. Immutable and thread-safe.
 */
final class FunctionWordVote {

  static final int MIN_VOTES = 2;
  static final double MIN_SHARE = 0.1;
  static final int MIN_LEAD = 3;

  private final List<String> languages;
  private final FunctionWordIndex languageOfWord;

  private FunctionWordVote(List<String> languages, Map<String, Integer> languageOfWord) {
    this.languages = languages;
    this.languageOfWord = new FunctionWordIndex(languageOfWord);
  }

  /** A vote among the languages that have a stop-word list; the others are left out. */
  static FunctionWordVote among(List<String> candidates) {
    List<String> languages = new ArrayList<>();
    Map<String, Integer> owner = new HashMap<>();
    Map<String, Integer> listedBy = new HashMap<>();
    for (String candidate : candidates) {
      StopWords.of(candidate)
          .ifPresent(
              stopWords -> {
                languages.add(candidate);
                for (String word : stopWords.words()) {
                  owner.put(word, languages.size() - 1);
                  listedBy.merge(word, 1, Integer::sum);
                }
              });
    }
    listedBy.forEach(
        (word, lists) -> {
          if (lists > 1) {
            owner.remove(word);
          }
        });
    return new FunctionWordVote(List.copyOf(languages), Map.copyOf(owner));
  }

  /** The language the function words of the text point to, if they point clearly to one. */
  Optional<String> decide(String text, int prefixChars) {
    int length = Math.min(text.length(), prefixChars);
    int[] votes = new int[languages.size()];
    int words = 0;
    int start = -1;
    for (int i = 0; i <= length; i++) {
      boolean letter = i < length && isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words++;
        int language = languageOfWord.languageOf(text, start, i);
        if (language != FunctionWordIndex.NONE
            && (i - start > 1 || isApostrophe(text, i, length))) {
          votes[language]++;
        }
        start = -1;
      }
    }
    int best = 0;
    for (int l = 1; l < votes.length; l++) {
      best = votes[l] > votes[best] ? l : best;
    }
    int runnerUp = 0;
    for (int l = 0; l < votes.length; l++) {
      runnerUp = l != best ? Math.max(runnerUp, votes[l]) : runnerUp;
    }
    boolean clear =
        votes.length > 0
            && votes[best] >= MIN_VOTES
            && votes[best] >= MIN_SHARE * words
            && votes[best] >= MIN_LEAD * runnerUp;
    return clear ? Optional.of(languages.get(best)) : Optional.empty();
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /**
   * Whether an elision follows: a one-letter word votes only as in "l'usine", never as "d.m.v.".
   */
  private static boolean isApostrophe(String text, int at, int length) {
    return at < length && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019');
  }
}
