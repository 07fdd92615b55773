package be.s3domains.classifier.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample proposals bundled with the service, one JSON object per line: the demo feeds them, the
 * start-up warm-up classifies them and the benchmarks use them as their workload.
 */
public final class BundledSamples {

  /** Well-formed proposals in English, Dutch and French. */
  public static final String PROPOSALS = "samples/proposals.jsonl";

  /** Records the input policy rejects, one reason each. */
  public static final String BAD_PROPOSALS = "samples/bad-proposals.jsonl";

  private BundledSamples() {}

  /** The non-blank lines of a bundled sample file. */
  public static List<String> lines(String resource) {
    try (InputStream in = BundledSamples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The samples " + resource + " are not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
