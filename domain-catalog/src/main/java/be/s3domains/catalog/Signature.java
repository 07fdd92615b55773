package be.s3domains.catalog;

import java.util.Objects;

/**
 * One weighted term of a domain profile, in one language.
 *
 * @param term the term as written in the catalog, for example "heat pump"
 * @param kind keyword (domain vocabulary) or technology (enabling technology)
 * @param language ISO 639-1 code of the term's language
 * @param weight how strongly the term points at the domain, in (0, 1]
 */
public record Signature(String term, SignatureKind kind, String language, double weight) {

  public Signature {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(
          "weight of '" + term + "' is " + weight + ", expected a value in (0, 1]");
    }
  }
}
