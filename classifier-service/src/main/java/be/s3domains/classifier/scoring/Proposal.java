package be.s3domains.classifier.scoring;

import java.util.List;

/**
 * A project proposal to classify.
 *
 * @param id the proposal's identifier, never blank
 * @param title may be empty
 * @param description the body text; together with the title never blank
 * @param language ISO 639-1 code the author stated, or null to detect it
 * @param keywords keywords the author gave, possibly empty
 */
public record Proposal(
    String id, String title, String description, String language, List<String> keywords) {

  public Proposal {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id is missing or blank");
    }
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    if (title.isBlank() && description.isBlank()) {
      throw new IllegalArgumentException("proposal '" + id + "' has no title and no description");
    }
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  public Proposal(String id, String title, String description) {
    this(id, title, description, null, List.of());
  }

  /** The text that evidence offsets point into: title, a line break, description. */
  public String text() {
    return title + "\n" + description;
  }

  public boolean hasStatedLanguage() {
    return language != null && !language.isBlank();
  }
}
