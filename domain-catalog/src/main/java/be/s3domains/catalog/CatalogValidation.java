package be.s3domains.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a parsed catalog document against the catalog rules and builds the catalog. */
final class CatalogValidation {

  private static final Pattern DOMAIN_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private final String source;
  private final TermAnalysis termAnalysis;
  private final List<String> problems;
  private final Map<String, Boolean> analysable = new HashMap<>();

  /** Problems already found in the file (keys written twice, unknown fields) come first. */
  CatalogValidation(String source, TermAnalysis termAnalysis, List<String> foundBefore) {
    this.source = source;
    this.termAnalysis = termAnalysis;
    this.problems = new ArrayList<>(foundBefore);
  }

  DomainCatalog validate(CatalogDocument document, String contentHash) {
    requireText(document.id(), "catalog 'id' is missing");
    requireText(document.version(), "catalog 'version' is missing");
    List<String> languages = document.languages() == null ? List.of() : document.languages();
    if (languages.isEmpty()) {
      problems.add("catalog 'languages' is missing: list the ISO 639-1 codes of its terms");
    }
    languages.stream()
        .filter(language -> !ISO_LANGUAGES.contains(language))
        .forEach(language -> problems.add("unknown language '" + language + "' in 'languages'"));
    List<DomainProfile> domains = new ArrayList<>();
    if (document.domains() == null || document.domains().isEmpty()) {
      problems.add("catalog has no domains");
    } else {
      Set<String> ids = new HashSet<>();
      for (CatalogDocument.Domain domain : document.domains()) {
        domains.add(domain(domain, languages, ids));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(source, problems);
    }
    return new DomainCatalog(
        document.id(),
        document.version(),
        document.name() == null ? document.id() : document.name(),
        languages,
        domains,
        contentHash);
  }

  private DomainProfile domain(
      CatalogDocument.Domain domain, List<String> languages, Set<String> ids) {
    String id = domain.id() == null ? "" : domain.id();
    String where = "domain '" + id + "'";
    if (!DOMAIN_ID.matcher(id).matches()) {
      problems.add(where + ": id must be lower-case words joined by '-'");
    } else if (!ids.add(id)) {
      problems.add(where + ": duplicate id");
    }
    requireText(domain.name(), where + ": 'name' is missing");
    List<Signature> signatures = new ArrayList<>();
    signatures(where, SignatureKind.KEYWORD, domain.keywords(), languages, signatures);
    signatures(where, SignatureKind.TECHNOLOGY, domain.technologies(), languages, signatures);
    if (isEmpty(domain.keywords()) && isEmpty(domain.technologies())) {
      problems.add(where + ": has no keyword or technology signatures");
    }
    return new DomainProfile(
        id, domain.name() == null ? id : domain.name(), domain.description(), signatures);
  }

  private void signatures(
      String where,
      SignatureKind kind,
      Map<String, Map<String, Double>> termsByLanguage,
      List<String> languages,
      List<Signature> signatures) {
    if (termsByLanguage == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    signatures.forEach(
        signature -> seen.add(signature.language() + "|" + normalise(signature.term())));
    termsByLanguage.forEach(
        (language, terms) -> {
          if (!languages.contains(language)) {
            problems.add(
                where
                    + ": unknown language '"
                    + language
                    + "' in "
                    + kind.label()
                    + "s (the catalog declares "
                    + languages
                    + ")");
            return;
          }
          if (terms == null) {
            return;
          }
          terms.forEach(
              (term, weight) -> {
                String what = where + ", " + kind.label() + " '" + term + "' (" + language + ")";
                if (weight == null || !(weight > 0 && weight <= 1)) {
                  problems.add(what + ": weight " + weight + " is out of range (0, 1]");
                } else if (term.isBlank()
                    || (analysable(language) && !termAnalysis.yieldsTokens(term, language))) {
                  problems.add(what + ": analyses to nothing (only stop words or punctuation)");
                } else if (!seen.add(language + "|" + normalise(term))) {
                  problems.add(what + ": listed twice in this domain");
                } else {
                  signatures.add(new Signature(term.strip(), kind, language, weight));
                }
              });
        });
  }

  /** Whether the analysis handles the language; says once what it lacks when it does not. */
  private boolean analysable(String language) {
    return analysable.computeIfAbsent(
        language,
        code -> {
          List<String> missing = termAnalysis.languageProblems(code);
          missing.forEach(
              problem -> problems.add("language '" + code + "' has terms but " + problem));
          return missing.isEmpty();
        });
  }

  private static boolean isEmpty(Map<String, Map<String, Double>> termsByLanguage) {
    return termsByLanguage == null
        || termsByLanguage.values().stream().allMatch(terms -> terms == null || terms.isEmpty());
  }

  private static String normalise(String term) {
    return term.strip().toLowerCase(Locale.ROOT);
  }

  private void requireText(String value, String problem) {
    if (value == null || value.isBlank()) {
      problems.add(problem);
    }
  }
}
