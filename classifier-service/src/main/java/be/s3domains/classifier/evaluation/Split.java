package be.s3domains.classifier.evaluation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed dev/test split of the labelled sample: by the last digit of the numeric id, 0-6 dev,
 * 7-9 test. Tune on dev, report on test.
 */
public enum Split {
  DEV,
  TEST,
  ALL;

  private static final Pattern LAST_DIGIT = Pattern.compile("(\\d)\\D*$");

  public static Split parse(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** Whether a proposal id belongs to this split; ids without a digit belong to ALL only. */
  public boolean contains(String proposalId) {
    if (this == ALL) {
      return true;
    }
    Matcher matcher = LAST_DIGIT.matcher(proposalId);
    if (!matcher.find()) {
      return false;
    }
    boolean dev = matcher.group(1).charAt(0) <= '6';
    return (this == DEV) == dev;
  }
}
