package be.s3domains.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One smart-specialisation domain: its identity and the signatures that point at it.
 *
 * @param id stable identifier used in events, for example "agro-food"
 * @param name human-readable label
 * @param description what the domain covers
 * @param signatures keyword and technology terms, in every language of the catalog
 */
public record DomainProfile(
    String id, String name, String description, List<Signature> signatures) {

  public DomainProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    signatures = List.copyOf(signatures);
  }
}
