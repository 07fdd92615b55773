package be.s3domains.classifier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;

/** The OpenNLP tokenizers to choose from. Both returned tokenizers are thread-safe. */
public enum TokenizerKind {
  /** Splits on character classes: fast, language-neutral, the default. */
  SIMPLE,
  /** The maximum-entropy model trained on English UD EWT: about twenty times slower. */
  MODEL;

  private static final String MODEL_RESOURCE = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  public Tokenizer create() {
    if (this == SIMPLE) {
      return SimpleTokenizer.INSTANCE;
    }
    try (InputStream in =
        TokenizerKind.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Tokenizer model "
                + MODEL_RESOURCE
                + " is not on the class path"
                + " (dependency opennlp-models-tokenizer-en)");
      }
      return new ThreadSafeTokenizerME(new TokenizerModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read tokenizer model " + MODEL_RESOURCE, e);
    }
  }
}
