package be.s3domains.classifier.text;

import java.util.List;

/**
 * How a language glues words into compounds: the linking elements that may sit between a modifier
 * and its head (Dutch "hoogrendement-s-glas", "zonn-e-panelen") and the shortest part worth looking
 * up. Languages that write compounds apart have none. Immutable.
 *
 * @param linkingElements what may join two parts, the empty string included where parts touch
 * @param minPartLength the fewest characters a part of a compound may have
 */
public record CompoundRules(List<String> linkingElements, int minPartLength) {

  public static final CompoundRules NONE = new CompoundRules(List.of(), Integer.MAX_VALUE);

  public CompoundRules {
    linkingElements = List.copyOf(linkingElements);
  }

  /** The rules of an ISO 639-1 language; {@link #NONE} for languages without closed compounds. */
  public static CompoundRules forLanguage(String language) {
    return switch (language) {
      case "nl" -> new CompoundRules(List.of("", "s", "e", "en"), 4);
      case "de" -> new CompoundRules(List.of("", "s", "es", "n", "en", "e", "er"), 4);
      default -> NONE;
    };
  }

  public boolean splitsCompounds() {
    return !linkingElements.isEmpty();
  }
}
