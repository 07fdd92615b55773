package be.s3domains.catalog;

import java.util.Locale;

/** Whether a signature names the domain's own vocabulary or an enabling technology. */
public enum SignatureKind {
  KEYWORD,
  TECHNOLOGY;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in catalog files and events. */
  public String label() {
    return label;
  }
}
