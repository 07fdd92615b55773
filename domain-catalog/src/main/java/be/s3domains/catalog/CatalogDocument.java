package be.s3domains.catalog;

import java.util.List;
import java.util.Map;

/** The catalog file as written, before validation. Signatures map language to term to weight. */
record CatalogDocument(
    String id, String version, String name, List<String> languages, List<Domain> domains) {

  record Domain(
      String id,
      String name,
      String description,
      Map<String, Map<String, Double>> keywords,
      Map<String, Map<String, Double>> technologies) {}
}
