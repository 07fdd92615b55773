package be.s3domains.classifier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Detects the language of a text from a bounded prefix. Among the languages the analysis knows
 * (those with a stop-word list), the prefix's function words decide when they point clearly to one
 * ({@link FunctionWordVote}), at the cost of a lookup per word; otherwise OpenNLP's language
 * detector (103 languages) decides. Returns ISO 639-1 codes. Thread-safe.
 */
public final class LanguageDetection {

  private static final String MODEL_RESOURCE = "langdetect-183.bin";
  private static final Map<String, String> ISO3_TO_ISO1 =
      Stream.of(Locale.getISOLanguages())
          .collect(
              Collectors.toUnmodifiableMap(
                  code -> Locale.forLanguageTag(code).getISO3Language(),
                  Function.identity(),
                  (first, second) -> first));

  /** The languages the function-word vote decides among: those with a stop-word list. */
  static final List<String> VOTED_LANGUAGES = List.of("en", "nl", "fr");

  private final LanguageDetector detector;
  private final int prefixChars;
  private final FunctionWordVote vote = FunctionWordVote.among(VOTED_LANGUAGES);

  public LanguageDetection(LanguageDetector detector, int prefixChars) {
    this.detector = detector;
    this.prefixChars = prefixChars;
  }

  /** Loads the model shipped in {@code opennlp-models-langdetect}; takes about a second. */
  public static LanguageDetection withBundledModel(int prefixChars) {
    try (InputStream in =
        LanguageDetection.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Language model "
                + MODEL_RESOURCE
                + " is not on the class path"
                + " (dependency opennlp-models-langdetect)");
      }
      return new LanguageDetection(
          new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in)), prefixChars);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read language model " + MODEL_RESOURCE, e);
    }
  }

  /** The ISO 639-1 code of the text's most likely language (ISO 639-3 where none exists). */
  public String detect(String text) {
    return vote.decide(text, prefixChars)
        .orElseGet(
            () ->
                detectStatistically(
                    text.length() <= prefixChars ? text : text.substring(0, prefixChars)));
  }

  /** What OpenNLP's detector alone says of the text's prefix. */
  public String detectStatistically(CharSequence prefix) {
    String iso3 = detector.predictLanguage(prefix).getLang();
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }
}
