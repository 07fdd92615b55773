package be.s3domains.catalog;

import java.util.List;

/** Thrown when a catalog file cannot be read or breaks a rule; the message lists every problem. */
public class InvalidCatalogException extends RuntimeException {

  private final List<String> problems;

  public InvalidCatalogException(String source, List<String> problems) {
    super("Catalog " + source + " is invalid:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidCatalogException(String source, List<String> problems, Throwable cause) {
    super("Catalog " + source + " is invalid:\n  - " + String.join("\n  - ", problems), cause);
    this.problems = List.copyOf(problems);
  }

  public InvalidCatalogException(String source, String problem, Throwable cause) {
    super("Catalog " + source + " is invalid:\n  - " + problem, cause);
    this.problems = List.of(problem);
  }

  public List<String> problems() {
    return problems;
  }
}
