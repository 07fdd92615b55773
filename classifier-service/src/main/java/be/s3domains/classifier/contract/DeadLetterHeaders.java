package be.s3domains.classifier.contract;

/**
 * The headers the service adds to a dead letter, beside spring-kafka's {@code kafka_dlt-*} ones.
 * Consumers of the dead-letter topic (and the {@code replay} command) read them.
 */
public final class DeadLetterHeaders {

  /** Why the record could not be classified: a {@link ProposalProblem} code or a failure code. */
  public static final String REASON = "classifier-dlt-reason";

  /** The input field at fault, {@code $} for the document as a whole. */
  public static final String FIELD = "classifier-dlt-field";

  /** The size in bytes of a value too large to republish, which the dead letter leaves out. */
  public static final String ORIGINAL_SIZE = "classifier-dlt-original-size";

  /** Prefix of every header the service adds. */
  public static final String PREFIX = "classifier-dlt-";

  /** Prefix of spring-kafka's dead-letter headers (exception, original topic and offset). */
  public static final String SPRING_KAFKA_PREFIX = "kafka_dlt-";

  /** spring-kafka's header naming the topic the record was read from. */
  public static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

  private DeadLetterHeaders() {}
}
