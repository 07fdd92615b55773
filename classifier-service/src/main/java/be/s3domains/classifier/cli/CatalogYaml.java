package be.s3domains.classifier.cli;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.catalog.Signature;
import be.s3domains.catalog.SignatureKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a catalog in the YAML layout the catalog loader reads, every string double-quoted. */
final class CatalogYaml {

  private CatalogYaml() {}

  /**
   * @param base the catalog whose id, name and languages are kept
   * @param version the new catalog's version
   * @param domains the new catalog's profiles
   * @param comment a line written at the top, saying where the catalog came from
   */
  static void write(
      DomainCatalog base, String version, List<DomainProfile> domains, String comment, Path file) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# ").append(comment.replace('\n', ' ')).append('\n');
    yaml.append("id: ").append(quote(base.id())).append('\n');
    yaml.append("version: ").append(quote(version)).append('\n');
    yaml.append("name: ").append(quote(base.name() == null ? base.id() : base.name())).append('\n');
    yaml.append("languages: [").append(String.join(", ", base.languages())).append("]\n");
    yaml.append("domains:\n");
    for (DomainProfile domain : domains) {
      yaml.append("  - id: ").append(quote(domain.id())).append('\n');
      yaml.append("    name: ").append(quote(domain.name())).append('\n');
      if (!domain.description().isBlank()) {
        yaml.append("    description: ").append(quote(domain.description())).append('\n');
      }
      signatures(yaml, "keywords", domain, SignatureKind.KEYWORD);
      signatures(yaml, "technologies", domain, SignatureKind.TECHNOLOGY);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write catalog " + file, e);
    }
  }

  private static void signatures(
      StringBuilder yaml, String section, DomainProfile domain, SignatureKind kind) {
    Map<String, Map<String, Double>> byLanguage = new LinkedHashMap<>();
    for (Signature signature : domain.signatures()) {
      if (signature.kind() == kind) {
        byLanguage
            .computeIfAbsent(signature.language(), language -> new LinkedHashMap<>())
            .put(signature.term(), signature.weight());
      }
    }
    if (byLanguage.isEmpty()) {
      return;
    }
    yaml.append("    ").append(section).append(":\n");
    byLanguage.forEach(
        (language, terms) -> {
          yaml.append("      ").append(language).append(":\n");
          terms.forEach(
              (term, weight) ->
                  yaml.append("        ")
                      .append(quote(term))
                      .append(": ")
                      .append(BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString())
                      .append('\n'));
        });
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
