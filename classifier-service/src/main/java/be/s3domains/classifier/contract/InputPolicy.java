package be.s3domains.classifier.contract;

import static be.s3domains.classifier.contract.ProposalProblem.TOO_LARGE;

import be.s3domains.classifier.scoring.Proposal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The one input policy of every entry point: the Kafka listener, the REST API and the batch
 * commands read a proposal through it, so that the same defect gets the same {@link
 * ProposalProblem} wherever it arrives. A proposal is UTF-8 (bytes that are not, or a body declared
 * in another charset, are {@code invalid-utf8}: nothing is ever replaced), at most {@code maxBytes}
 * long, and follows the contract of {@link ProposalJson}, whose ids hold printable characters only
 * ({@link PrintableCharacters}). Thread-safe.
 */
public final class InputPolicy {

  private final long maxBytes;

  public InputPolicy(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** For input read from a file, where the text analysed is bounded by characters instead. */
  public static InputPolicy withoutSizeLimit() {
    return new InputPolicy(Long.MAX_VALUE);
  }

  public long maxBytes() {
    return maxBytes;
  }

  public Proposal proposal(byte[] value) {
    if (value.length > maxBytes) {
      throw new InvalidProposalException(
          "$",
          TOO_LARGE,
          "the proposal has " + value.length + " bytes, the limit is " + maxBytes + " bytes");
    }
    return ProposalJson.parse(value);
  }

  /**
   * Refuses a proposal declared in a charset other than UTF-8 (its bytes would be read as what they
   * are not); no declaration means UTF-8.
   *
   * @param declared the charset named by the sender, for example a Content-Type's parameter
   */
  public static void requireUtf8(String declared) {
    if (declared != null && !isUtf8(declared)) {
      throw new CharsetRefusedException(declared);
    }
  }

  private static boolean isUtf8(String name) {
    try {
      return Charset.forName(name.strip()).equals(StandardCharsets.UTF_8);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return false;
    }
  }
}
