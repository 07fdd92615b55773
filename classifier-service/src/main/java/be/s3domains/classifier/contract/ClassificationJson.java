package be.s3domains.classifier.contract;

import be.s3domains.classifier.scoring.Classification;
import tools.jackson.databind.json.JsonMapper;

/** Writes the domain-match contract as compact JSON. Thread-safe. */
public final class ClassificationJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ClassificationJson() {}

  public static String write(Classification classification) {
    return JSON.writeValueAsString(classification);
  }

  public static Classification read(String json) {
    return JSON.readValue(json, Classification.class);
  }
}
