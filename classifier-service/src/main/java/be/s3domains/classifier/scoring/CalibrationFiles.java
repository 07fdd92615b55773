package be.s3domains.classifier.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes calibration files: JSON kept beside the catalog, named like it with the
 * extension {@code .calibration.json}. A file written before calibrations recorded their score
 * formula reads as formula version 0, which no classifier accepts; a current file with a field
 * missing is not valid. Thread-safe.
 */
public final class CalibrationFiles {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(
              SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private CalibrationFiles() {}

  /** The calibration file that belongs beside a catalog file or resource name. */
  public static String besideCatalog(String catalog) {
    return catalog.replaceFirst("\\.(ya?ml|json)$", "") + ".calibration.json";
  }

  public static Optional<Calibration> read(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(read(file.toString(), Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read calibration file " + file, e);
    }
  }

  /** A calibration from content read beforehand; {@code source} names it in errors. */
  public static Calibration read(String source, byte[] content) {
    try {
      return parse(JSON.readTree(content));
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "Calibration file "
              + source
              + " is not valid"
              + (e.getPath().isEmpty() ? "" : " at " + e.getPathReference())
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }

  public static Optional<Calibration> readResource(String resource) {
    try (InputStream in = CalibrationFiles.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(parse(JSON.readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read calibration resource " + resource, e);
    }
  }

  /**
   * A file written before calibrations recorded their score formula says which catalog it belongs
   * to and nothing usable: it reads as formula version 0, with no curves, which no classifier
   * accepts. Every other file must have all its fields.
   */
  private static Calibration parse(JsonNode json) {
    if (json.has("formulaVersion")) {
      return JSON.treeToValue(json, Calibration.class);
    }
    return new Calibration(
        json.path("catalogId").asString(""),
        json.path("catalogVersion").asString(""),
        json.path("catalogHash").asString(""),
        0,
        json.path("fittedOn").asString(""),
        Map.of());
  }

  public static void write(Calibration calibration, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      JSON.writeValue(file.toFile(), calibration);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write calibration file " + file, e);
    }
  }
}
