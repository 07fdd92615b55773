package be.s3domains.classifier.demo;

import be.s3domains.classifier.contract.BundledSamples;
import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.contract.ProposalJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled sample proposals (good and bad) plus the bad records a JSON file cannot hold: a
 * tombstone, invalid UTF-8 and a value over the size limit.
 */
record SampleRecords(List<Sample> samples) {

  record Sample(String key, byte[] value, boolean valid) {}

  static SampleRecords bundled(long maxBytes) {
    List<Sample> samples = new ArrayList<>();
    for (String line : BundledSamples.lines(BundledSamples.PROPOSALS)) {
      samples.add(sample(null, line.getBytes(StandardCharsets.UTF_8), maxBytes));
    }
    int bad = 0;
    for (String line : BundledSamples.lines(BundledSamples.BAD_PROPOSALS)) {
      samples.add(sample("bad-line-" + ++bad, line.getBytes(StandardCharsets.UTF_8), maxBytes));
    }
    samples.add(new Sample("tombstone-1", null, false));
    samples.add(
        new Sample(
            "invalid-utf8-1",
            new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            false));
    byte[] huge = new byte[(int) maxBytes + 1];
    Arrays.fill(huge, (byte) ' ');
    samples.add(new Sample("too-large-1", huge, false));
    return new SampleRecords(List.copyOf(samples));
  }

  long validCount() {
    return samples.stream().filter(Sample::valid).count();
  }

  long invalidCount() {
    return samples.size() - validCount();
  }

  private static Sample sample(String key, byte[] value, long maxBytes) {
    try {
      String id = ProposalJson.parse(value).id();
      return new Sample(key == null ? id : key, value, value.length <= maxBytes);
    } catch (InvalidProposalException e) {
      return new Sample(key == null ? "unparsable" : key, value, false);
    }
  }
}
