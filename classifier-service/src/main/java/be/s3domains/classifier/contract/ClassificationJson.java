package be.s3domains.classifier.contract;

import be.s3domains.classifier.scoring.Classification;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes the domain-match contract as compact JSON. Thread-safe. */
public final class ClassificationJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ClassificationJson() {}

  public static String write(Classification classification) {
    return JSON.writeValueAsString(classification);
  }

  /** The same JSON as {@link #write(Classification)}, as UTF-8 bytes without a string between. */
  public static byte[] writeUtf8(Classification classification) {
    return JSON.writeValueAsBytes(classification);
  }

  /** The classification's JSON with one more field, {@code notAsserted}. */
  public static String write(ExplainedClassification explained) {
    ObjectNode json = JSON.valueToTree(explained.classification());
    json.set("notAsserted", JSON.valueToTree(explained.notAsserted()));
    return JSON.writeValueAsString(json);
  }

  public static Classification read(String json) {
    return JSON.readValue(json, Classification.class);
  }
}
