package be.s3domains.classifier.engine;

import be.s3domains.classifier.contract.BundledSamples;
import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.scoring.Classifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the engine over the bundled sample proposals for a while at start-up, before the listener
 * consumes: parsing, detecting the language (every sample once with and once without it),
 * classifying and writing the event, as the listener does. Right after start-up the JIT has
 * compiled none of that, and a new instance, the one a scale-out adds when the lag is high, would
 * otherwise classify its first tens of thousands of proposals several times slower.
 */
final class EngineWarmUp {

  private static final Logger log = LoggerFactory.getLogger(EngineWarmUp.class);

  private EngineWarmUp() {}

  /** Classifies the samples over and over for the given time; returns how many it classified. */
  static int run(Classifier classifier, Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return 0;
    }
    List<byte[]> records = records();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    int classified = 0;
    while (System.nanoTime() < end) {
      for (byte[] record : records) {
        ClassificationJson.writeUtf8(classifier.classify(ProposalJson.parse(record)));
      }
      classified += records.size();
    }
    log.info(
        "Warmed up the engine with {} classifications of the bundled samples in {} ms.",
        classified,
        (System.nanoTime() - start) / 1_000_000);
    return classified;
  }

  /** Each sample as written, and again without its language. */
  private static List<byte[]> records() {
    JsonMapper json = JsonMapper.builder().build();
    List<byte[]> records = new ArrayList<>();
    for (String line : BundledSamples.lines(BundledSamples.PROPOSALS)) {
      records.add(line.getBytes(StandardCharsets.UTF_8));
      ObjectNode withoutLanguage = (ObjectNode) json.readTree(line);
      withoutLanguage.remove("language");
      records.add(json.writeValueAsBytes(withoutLanguage));
    }
    return records;
  }
}
