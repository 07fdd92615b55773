package be.s3domains.classifier.contract;

/** Thrown when a proposal cannot be classified; the message names the field and what is wrong. */
public class InvalidProposalException extends RuntimeException {

  private final String field;
  private final ProposalProblem problem;

  public InvalidProposalException(String field, ProposalProblem problem, String message) {
    this(field, problem, message, null);
  }

  public InvalidProposalException(
      String field, ProposalProblem problem, String message, Throwable cause) {
    super(message, cause);
    this.field = field;
    this.problem = problem;
  }

  /** The offending field, or "$" when the document as a whole is wrong. */
  public String field() {
    return field;
  }

  /** What kind of rule the proposal broke. */
  public ProposalProblem problem() {
    return problem;
  }
}
