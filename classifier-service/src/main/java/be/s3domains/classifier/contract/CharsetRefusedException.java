package be.s3domains.classifier.contract;

/** Thrown when a proposal arrives declared in a charset other than UTF-8. */
public class CharsetRefusedException extends InvalidProposalException {

  public CharsetRefusedException(String declared) {
    super(
        "$",
        ProposalProblem.INVALID_UTF8,
        "the proposal is declared as charset '"
            + declared
            + "'; proposals are accepted in UTF-8 only");
  }
}
