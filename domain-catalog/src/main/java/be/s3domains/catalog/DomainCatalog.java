package be.s3domains.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, validated set of domain profiles. Thread-safe.
 *
 * @param id identifier of the catalog, for example "flanders-s3"
 * @param version version the catalog's authors gave it
 * @param name human-readable name
 * @param languages ISO 639-1 codes of the languages its signatures are written in
 * @param domains the profiles, in catalog order
 * @param contentHash SHA-256 of the catalog file, hex encoded
 */
public record DomainCatalog(
    String id,
    String version,
    String name,
    List<String> languages,
    List<DomainProfile> domains,
    String contentHash) {

  public DomainCatalog {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(contentHash, "contentHash");
    languages = List.copyOf(languages);
    domains = List.copyOf(domains);
  }

  /** The version and the first twelve hex digits of the content hash, e.g. "1.0.0+3f2a9c0d1e4b". */
  public String versionTag() {
    return version + "+" + contentHash.substring(0, 12);
  }

  public Optional<DomainProfile> domain(String domainId) {
    return domains.stream().filter(domain -> domain.id().equals(domainId)).findFirst();
  }
}
