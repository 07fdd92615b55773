package be.s3domains.classifier.contract;

/** Thrown when a proposal cannot be classified; the message names the field and what is wrong. */
public class InvalidProposalException extends RuntimeException {

  private final String field;

  public InvalidProposalException(String field, String message) {
    super(message);
    this.field = field;
  }

  public InvalidProposalException(String field, String message, Throwable cause) {
    super(message, cause);
    this.field = field;
  }

  /** The offending field, or "$" when the document as a whole is wrong. */
  public String field() {
    return field;
  }
}
