package be.s3domains.classifier.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;

/**
 * Keeps OpenNLP's per-iteration training messages out of the batch commands' output: they go to
 * standard output through the logger and would mix with the results.
 */
final class TrainingLog {

  private TrainingLog() {}

  static void quiet() {
    if (LoggerFactory.getLogger("opennlp") instanceof ch.qos.logback.classic.Logger logger) {
      logger.setLevel(Level.WARN);
    }
  }
}
