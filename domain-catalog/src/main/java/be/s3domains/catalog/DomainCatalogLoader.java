package be.s3domains.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a catalog from YAML (or JSON, which is YAML too) and validates it. Thread-safe.
 *
 * <p>Every rule broken is reported at once, each naming the domain and term concerned.
 */
public final class DomainCatalogLoader {

  /** The catalog shipped with this module: Flanders' seven cluster domains. */
  public static final String FLANDERS_S3 = "catalog/flanders-s3.yaml";

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private final TermAnalysis termAnalysis;

  public DomainCatalogLoader(TermAnalysis termAnalysis) {
    this.termAnalysis = termAnalysis;
  }

  public DomainCatalogLoader() {
    this(TermAnalysis.LETTERS_OR_DIGITS);
  }

  public DomainCatalog load(Path file) {
    try {
      return parse(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new InvalidCatalogException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Loads a catalog from the class path, for example {@link #FLANDERS_S3}. */
  public DomainCatalog loadResource(String resource) {
    String source = "classpath:" + resource;
    try (InputStream in =
        DomainCatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidCatalogException(source, List.of("no such resource"));
      }
      return parse(source, in.readAllBytes());
    } catch (IOException e) {
      throw new InvalidCatalogException(source, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Keys written twice and unknown fields are found first, in a pass of their own (binding keeps
   * only the last of two keys and passes unknown fields over); the rules are then checked on what
   * was bound, so that one message lists them all.
   */
  public DomainCatalog parse(String source, byte[] content) {
    ParseProblem parseProblem = new ParseProblem(YAML, source, content);
    List<String> keyProblems = new KeyCheck(YAML, parseProblem).problems(content);
    CatalogDocument document;
    try {
      document = YAML.readValue(content, CatalogDocument.class);
    } catch (JacksonException e) {
      List<String> problems = new ArrayList<>(keyProblems);
      problems.add(parseProblem.describe(e));
      throw new InvalidCatalogException(source, problems, e);
    }
    if (document == null) {
      throw new InvalidCatalogException(source, List.of("is empty"));
    }
    return new CatalogValidation(source, termAnalysis, keyProblems)
        .validate(document, contentHash(content));
  }

  /** The SHA-256 of a file's bytes, hex encoded, as a catalog of that content carries it. */
  public static String contentHash(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
