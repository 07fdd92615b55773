package be.s3domains.classifier.engine;

import be.s3domains.classifier.text.TokenizerKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The service's own settings under {@code classifier.*}; Kafka client settings stay under {@code
 * spring.kafka.*}. Defaults are documented in {@code application.yaml}.
 *
 * @param delivery exactly-once (Kafka transactions) or at-least-once
 * @param transactionIdPrefix transactional-id prefix, unique per instance and stable across its
 *     restarts
 * @param groupInstanceId the listener's static group membership id, unique per instance and stable
 *     across its restarts; blank for dynamic membership
 * @param maxRecordSize largest proposal value accepted; larger ones go to the dead-letter topic
 * @param maxChars longest text analysed per proposal
 * @param analysis how texts are tokenized and their language detected
 * @param api who may call the REST API
 * @param benchmark switches for the stream benchmark only, off in any real deployment
 */
@ConfigurationProperties("classifier")
@Validated
public record ClassifierProperties(
    @DefaultValue @Valid Catalog catalog,
    @DefaultValue("exactly-once") @NotNull Delivery delivery,
    @DefaultValue("classifier-") @NotBlank String transactionIdPrefix,
    @DefaultValue("") String groupInstanceId,
    @DefaultValue @Valid Topics topics,
    @DefaultValue("1MB") @NotNull DataSize maxRecordSize,
    @DefaultValue("100000") @Min(1) int maxChars,
    @DefaultValue @Valid Analysis analysis,
    @DefaultValue @Valid Retry retry,
    @DefaultValue @Valid Events events,
    @DefaultValue @Valid Demo demo,
    @DefaultValue @Valid Dashboard dashboard,
    @DefaultValue @Valid Api api,
    @DefaultValue @Valid Benchmark benchmark) {

  /** How many times an event may end up in the output after a crash. */
  public enum Delivery {
    EXACTLY_ONCE,
    AT_LEAST_ONCE
  }

  /**
   * @param tokenizer the OpenNLP tokenizer; the model one is about twenty times slower
   * @param detectionPrefix how many leading characters of a text the language is detected from
   * @param warmUp how long the engine classifies the bundled samples at start-up, before the
   *     listener consumes; zero for not at all
   * @param threads how many threads parse, classify and write the events of one polled batch, which
   *     the listener thread then sends in the records' order; 0 for one per processor the JVM sees
   *     (in a container, its CPU limit)
   */
  public record Analysis(
      @DefaultValue("simple") @NotNull TokenizerKind tokenizer,
      @DefaultValue("300") @Min(1) int detectionPrefix,
      @DefaultValue("2s") @NotNull Duration warmUp,
      @DefaultValue("0") @Min(0) int threads) {

    /** The number of threads to use: {@link #threads}, or the processors when it is 0. */
    public int threadCount() {
      return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
  }

  /**
   * @param path catalog file; the bundled Flanders catalog when absent
   * @param calibrationPath calibration file; the one beside the catalog when absent
   * @param reloadInterval how often the files are checked for changes; a change is loaded once two
   *     checks in a row found the files the same
   * @param allowUncalibrated whether a reload may replace a calibrated catalog with one that has no
   *     calibration fitted for it (its confidences then use the unfitted curve)
   */
  public record Catalog(
      @Nullable Path path,
      @Nullable Path calibrationPath,
      @DefaultValue("5s") @NotNull Duration reloadInterval,
      @DefaultValue("false") boolean allowUncalibrated) {

    public Optional<Path> file() {
      return Optional.ofNullable(path);
    }

    public Optional<Path> calibrationFile() {
      return Optional.ofNullable(calibrationPath);
    }
  }

  /**
   * @param proposals input topic
   * @param domainMatches output topic
   * @param deadLetters where records that cannot be classified go
   * @param partitions partitions of the topics created when missing
   * @param replicas replication factor of the topics created when missing
   */
  public record Topics(
      @DefaultValue("proposals") @NotBlank String proposals,
      @DefaultValue("domain-matches") @NotBlank String domainMatches,
      @DefaultValue("proposals.DLT") @NotBlank String deadLetters,
      @DefaultValue("6") @Min(1) int partitions,
      @DefaultValue("1") @Min(1) short replicas) {}

  /**
   * Back-off for transient failures (broker unavailable, send timeout) before a record goes to the
   * dead-letter topic as retries-exhausted.
   */
  public record Retry(
      @DefaultValue("500ms") @NotNull Duration initialInterval,
      @DefaultValue("2.0") double multiplier,
      @DefaultValue("30s") @NotNull Duration maxInterval,
      @DefaultValue("6") @Min(0) int maxRetries) {}

  /**
   * @param source CloudEvents {@code source} of the domain-match events
   * @param type CloudEvents {@code type} of the domain-match events
   */
  public record Events(
      @DefaultValue("/s3-domain-classifier") @NotBlank String source,
      @DefaultValue("be.s3domains.domain-match.v1") @NotBlank String type) {}

  /**
   * @param enabled whether the service runs the dashboard's consumer and streams to its page
   * @param groupId the dashboard consumer's group: its own, never the classification group
   * @param startAt where a dashboard without a position starts reading: latest or earliest
   * @param window the span of the recent counts per domain
   */
  public record Dashboard(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("classifier-dashboard") @NotBlank String groupId,
      @DefaultValue("latest") @NotNull StartAt startAt,
      @DefaultValue("5m") @NotNull Duration window) {

    /** Kafka's {@code auto.offset.reset} for the dashboard's consumer. */
    public enum StartAt {
      LATEST,
      EARLIEST
    }
  }

  /**
   * @param exitWhenDone whether the demo profile exits once every event was seen
   * @param timeout how long the demo waits for the events
   * @param printEvents whether the demo logs every event and dead letter in full, not only a
   *     summary
   */
  public record Demo(
      @DefaultValue("false") boolean exitWhenDone,
      @DefaultValue("180s") @NotNull Duration timeout,
      @DefaultValue("false") boolean printEvents) {}

  /**
   * @param auth whether the API asks for a bearer token
   */
  public record Api(@DefaultValue @Valid Auth auth) {}

  /**
   * @param enabled whether the REST API and the dashboard's stream take only requests with a valid
   *     OAuth2 bearer token (a JWT checked against {@code
   *     spring.security.oauth2.resourceserver.jwt.*}, its audience included); off, they take every
   *     request
   */
  public record Auth(@DefaultValue("false") boolean enabled) {}

  /**
   * For {@code StreamingThroughput} only: never set it in a deployment.
   *
   * @param passthrough whether the listener copies each proposal record to the domain-match topic
   *     unclassified (same key and value, no headers) instead of publishing its event, so that the
   *     benchmark measures the pipeline's ceiling with everything else unchanged
   */
  public record Benchmark(@DefaultValue("false") boolean passthrough) {}
}
