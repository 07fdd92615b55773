package be.s3domains.classifier.messaging;

/** Thrown when the engine failed on a valid proposal: a defect, never a transient condition. */
class ClassificationFailedException extends RuntimeException {

  ClassificationFailedException(String proposalId, Throwable cause) {
    super("classifying proposal '" + proposalId + "' failed: " + cause, cause);
  }
}
