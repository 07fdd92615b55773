package be.s3domains.classifier.contract;

/**
 * What is wrong with a rejected proposal, as a short stable code for dead-letter headers, metric
 * tags and problem details.
 */
public enum ProposalProblem {
  /** Not parseable as JSON, truncated, or empty. */
  INVALID_JSON("invalid-json"),
  /** Bytes that are not UTF-8. */
  INVALID_UTF8("invalid-utf8"),
  /** Valid JSON, but not an object. */
  NOT_AN_OBJECT("not-an-object"),
  /** A required field is missing or blank. */
  MISSING_FIELD("missing-field"),
  /** A field holds the wrong JSON type. */
  WRONG_TYPE("wrong-type"),
  /** A field has the right type but a value outside the contract. */
  INVALID_VALUE("invalid-value"),
  /** The value is over the configured size limit. */
  TOO_LARGE("too-large"),
  /** A Kafka record with a null value. */
  TOMBSTONE("tombstone");

  private final String code;

  ProposalProblem(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
