package be.s3domains.classifier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Function words of one language, compared after case and accent folding. Immutable. */
final class StopWords {

  private final Set<String> words;

  private StopWords(Set<String> words) {
    this.words = words;
  }

  /** The list in {@code stopwords/<language>.txt} on the class path, if there is one. */
  static Optional<StopWords> of(String language) {
    String resource = "stopwords/" + language + ".txt";
    InputStream in = StopWords.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return Optional.empty();
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return Optional.of(
          new StopWords(
              reader
                  .lines()
                  .map(String::strip)
                  .filter(line -> !line.isEmpty())
                  .map(AccentFolding::fold)
                  .collect(Collectors.toUnmodifiableSet())));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  Set<String> words() {
    return words;
  }

  boolean contains(String foldedWord) {
    return words.contains(foldedWord);
  }
}
