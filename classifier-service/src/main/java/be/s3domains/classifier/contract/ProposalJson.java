package be.s3domains.classifier.contract;

import static be.s3domains.classifier.contract.ProposalProblem.INVALID_JSON;
import static be.s3domains.classifier.contract.ProposalProblem.INVALID_UTF8;
import static be.s3domains.classifier.contract.ProposalProblem.INVALID_VALUE;
import static be.s3domains.classifier.contract.ProposalProblem.MISSING_FIELD;
import static be.s3domains.classifier.contract.ProposalProblem.NOT_AN_OBJECT;
import static be.s3domains.classifier.contract.ProposalProblem.WRONG_TYPE;

import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.scoring.Proposal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the input proposal contract: {@code id} (required), {@code title}, {@code description} or
 * {@code text} (required), {@code language}, {@code keywords}; other fields are ignored. Every rule
 * broken is answered with an {@link InvalidProposalException} naming the field. Entry points read
 * proposals through {@link InputPolicy}, which adds the size limit. Thread-safe.
 */
public final class ProposalJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

  /** Ids are keys and headers of every event: a bound keeps an event within one request. */
  public static final int MAX_ID_LENGTH = 256;

  private ProposalJson() {}

  public static Proposal parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  public static Proposal parse(byte[] json) {
    return proposal(tree(json));
  }

  /** A proposal with its {@code labels}: an array of domain ids, empty for none. */
  public static LabelledProposal parseLabelled(String json) {
    return parseLabelled(json.getBytes(StandardCharsets.UTF_8));
  }

  public static LabelledProposal parseLabelled(byte[] json) {
    JsonNode root = tree(json);
    return new LabelledProposal(proposal(root), new LinkedHashSet<>(strings(root, "labels", true)));
  }

  private static JsonNode tree(byte[] json) {
    if (json == null || json.length == 0) {
      throw new InvalidProposalException("$", INVALID_JSON, "the proposal is empty");
    }
    requireUtf8(json);
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidProposalException(
          "$", INVALID_JSON, "the proposal is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidProposalException("$", INVALID_JSON, "the proposal is empty");
    }
    if (!root.isObject()) {
      throw new InvalidProposalException(
          "$", NOT_AN_OBJECT, "the proposal is a JSON " + typeOf(root) + ", expected an object");
    }
    return root;
  }

  private static void requireUtf8(byte[] json) {
    if (!Utf8Validation.isUtf8(json)) {
      throw new InvalidProposalException(
          "$", INVALID_UTF8, "the proposal is not valid JSON: its bytes are not UTF-8");
    }
  }

  private static Proposal proposal(JsonNode root) {
    String id = string(root, "id");
    if (id == null || id.isBlank()) {
      throw new InvalidProposalException(
          "id", MISSING_FIELD, "field 'id' is " + (id == null ? "missing" : "blank"));
    }
    PrintableCharacters.firstUnprintable(id)
        .ifPresent(
            found -> {
              throw new InvalidProposalException(
                  "id",
                  INVALID_VALUE,
                  "field 'id' contains " + found + "; ids may hold printable characters only");
            });
    if (id.length() > MAX_ID_LENGTH) {
      throw new InvalidProposalException(
          "id",
          INVALID_VALUE,
          "field 'id' has "
              + id.length()
              + " characters, at most "
              + MAX_ID_LENGTH
              + " are allowed (it starts '"
              + id.substring(0, 40)
              + "')");
    }
    String title = string(root, "title");
    String description =
        root.has("description") ? string(root, "description") : string(root, "text");
    if (description == null || description.isBlank()) {
      throw new InvalidProposalException(
          "description",
          MISSING_FIELD,
          "proposal '"
              + id
              + "': field 'description' (or 'text') is "
              + (description == null ? "missing" : "blank"));
    }
    String language = string(root, "language");
    if (language != null && !language.isBlank() && !LANGUAGE.matcher(language.strip()).matches()) {
      throw new InvalidProposalException(
          "language",
          INVALID_VALUE,
          "proposal '"
              + id
              + "': field 'language' is '"
              + language
              + "', expected an ISO 639-1 code such as 'en', 'nl' or 'fr'");
    }
    return new Proposal(
        id.strip(),
        title,
        description,
        language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT),
        strings(root, "keywords", false));
  }

  private static String string(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new InvalidProposalException(
          field, WRONG_TYPE, "field '" + field + "' must be a string, got " + typeOf(value));
    }
    return value.stringValue();
  }

  private static List<String> strings(JsonNode root, String field, boolean required) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new InvalidProposalException(
            field, MISSING_FIELD, "field '" + field + "' is missing");
      }
      return List.of();
    }
    if (!value.isArray()) {
      throw new InvalidProposalException(
          field,
          WRONG_TYPE,
          "field '" + field + "' must be an array of strings, got " + typeOf(value));
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isString()) {
        throw new InvalidProposalException(
            field,
            WRONG_TYPE,
            "field '" + field + "' must hold only strings, got " + typeOf(element));
      }
      strings.add(element.stringValue());
    }
    return strings;
  }

  private static String typeOf(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
