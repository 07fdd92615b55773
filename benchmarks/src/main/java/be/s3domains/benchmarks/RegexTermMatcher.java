package be.s3domains.benchmarks;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.catalog.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive peer: one case-insensitive regular expression per catalog term, bounded by word
 * boundaries, each run over the whole text, counting the occurrences per domain. Per language, the
 * terms of that language plus the English ones, as the engine's term index holds them. Thread-safe.
 */
final class RegexTermMatcher {

  private final Map<String, List<TermPattern>> patterns = new HashMap<>();
  private final int domainCount;

  RegexTermMatcher(DomainCatalog catalog) {
    domainCount = catalog.domains().size();
    for (String language : catalog.languages()) {
      List<TermPattern> forLanguage = new ArrayList<>();
      for (int domain = 0; domain < domainCount; domain++) {
        DomainProfile profile = catalog.domains().get(domain);
        for (Signature signature : profile.signatures()) {
          if (signature.language().equals(language) || signature.language().equals("en")) {
            forLanguage.add(new TermPattern(domain, wordPattern(signature.term())));
          }
        }
      }
      patterns.put(language, List.copyOf(forLanguage));
    }
  }

  /** The occurrences of each domain's terms in the text, in catalog order. */
  int[] occurrences(String text, String language) {
    int[] counts = new int[domainCount];
    for (TermPattern term : patterns.get(language)) {
      Matcher matcher = term.pattern().matcher(text);
      while (matcher.find()) {
        counts[term.domain()]++;
      }
    }
    return counts;
  }

  private static Pattern wordPattern(String term) {
    return Pattern.compile(
        "\\b" + Pattern.quote(term) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private record TermPattern(int domain, Pattern pattern) {}
}
