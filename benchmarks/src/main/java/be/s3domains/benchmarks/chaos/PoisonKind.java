package be.s3domains.benchmarks.chaos;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Every kind of record the service rejects, each with the {@code classifier-dlt-reason} its dead
 * letter must carry (the codes of {@code ProposalProblem}). A record's JSON id, where it has one,
 * is its key.
 */
enum PoisonKind {
  NOT_JSON("invalid-json", key -> utf8("this is not json")),
  TRUNCATED_JSON("invalid-json", key -> utf8("{\"id\":\"" + key + "\",\"description\":\"Hea")),
  EMPTY_VALUE("invalid-json", key -> new byte[0]),
  INVALID_UTF8(
      "invalid-utf8",
      key ->
          concat(
              utf8("{\"id\":\"" + key + "\",\"description\":\"caf"),
              new byte[] {(byte) 0xC3, 0x28},
              utf8("\"}"))),
  LATIN1_TEXT(
      "invalid-utf8",
      key ->
          ("{\"id\":\"" + key + "\",\"description\":\"r\u00e9novation \u00e9nerg\u00e9tique\"}")
              .getBytes(StandardCharsets.ISO_8859_1)),
  ARRAY("not-an-object", key -> utf8("[\"" + key + "\",\"heat pumps\"]")),
  STRING("not-an-object", key -> utf8("\"heat pumps for schools\"")),
  NUMBER("not-an-object", key -> utf8("42")),
  MISSING_ID("missing-field", key -> utf8("{\"description\":\"Heat pumps for schools.\"}")),
  BLANK_ID("missing-field", key -> utf8("{\"id\":\"   \",\"description\":\"Heat pumps.\"}")),
  MISSING_TEXT("missing-field", key -> utf8("{\"id\":\"" + key + "\",\"title\":\"Heat pumps\"}")),
  BLANK_TEXT("missing-field", key -> utf8("{\"id\":\"" + key + "\",\"text\":\" \\n\\t \"}")),
  NUMERIC_ID("wrong-type", key -> utf8("{\"id\":42,\"description\":\"Heat pumps.\"}")),
  TITLE_NOT_TEXT(
      "wrong-type",
      key -> utf8("{\"id\":\"" + key + "\",\"title\":{\"en\":\"x\"},\"description\":\"Heat.\"}")),
  KEYWORDS_NOT_ARRAY(
      "wrong-type",
      key -> utf8("{\"id\":\"" + key + "\",\"description\":\"Heat.\",\"keywords\":\"heat\"}")),
  UNKNOWN_LANGUAGE(
      "invalid-value",
      key -> utf8("{\"id\":\"" + key + "\",\"description\":\"Heat.\",\"language\":\"english\"}")),
  ID_TOO_LONG(
      "invalid-value",
      key -> utf8("{\"id\":\"" + "x".repeat(257) + "\",\"description\":\"Heat pumps.\"}")),
  ID_WITH_FORMAT_CHARACTER(
      "invalid-value",
      key -> utf8("{\"id\":\"" + key + "\u200b\",\"description\":\"Heat pumps.\"}")),
  ID_WITH_CONTROL_CHARACTER(
      "invalid-value",
      key -> utf8("{\"id\":\"" + key + "\\u0000\",\"description\":\"Heat pumps.\"}")),
  TOO_LARGE(
      "too-large",
      key ->
          utf8(
              "{\"id\":\"" + key + "\",\"description\":\"" + "heat pump ".repeat(120_000) + "\"}")),
  TOMBSTONE("tombstone", key -> null);

  private final String reason;
  private final Function<String, byte[]> value;

  PoisonKind(String reason, Function<String, byte[]> value) {
    this.reason = reason;
    this.value = value;
  }

  WorkloadRecord record(String key) {
    return new WorkloadRecord(key, value.apply(key), reason);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
