package be.s3domains.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JacksonException.Reference;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says in plain words where a catalog document could not be parsed (file, line, column, domain,
 * term) and what was wrong, for example {@code flanders.yaml, line 12, column 9: domain 'energy'
 * (domains[4]), keyword 'heat pump' (en): "high" is not a number}.
 */
final class ParseProblem {

  private static final Map<String, String> SIGNATURE_KINDS =
      Map.of("keywords", "keyword", "technologies", "technology");

  private final ObjectMapper mapper;
  private final String source;
  private final byte[] content;

  ParseProblem(ObjectMapper mapper, String source, byte[] content) {
    this.mapper = mapper;
    this.source = source;
    this.content = content;
  }

  String describe(JacksonException e) {
    String where = where(e.getPath());
    String what = what(e);
    return position(e.getLocation()) + ": " + (where.isEmpty() ? what : where + ": " + what);
  }

  /** Names a key that the parser stands on and that its mapping already had. */
  String duplicate(JsonParser parser) {
    return atKey(parser, "'" + parser.currentName() + "' is listed twice");
  }

  /** Names a key that the parser stands on and that the catalog does not know at that place. */
  String unknownField(JsonParser parser, Collection<String> known) {
    return atKey(
        parser,
        "unknown field '"
            + parser.currentName()
            + "' (known fields: "
            + known.stream().sorted().collect(Collectors.joining(", "))
            + ")");
  }

  private String atKey(JsonParser parser, String what) {
    List<Reference> path = new ArrayList<>();
    for (TokenStreamContext context = parser.streamReadContext().getParent();
        context != null && !context.inRoot();
        context = context.getParent()) {
      path.add(
          0,
          context.inArray()
              ? new Reference(null, context.getCurrentIndex())
              : new Reference(null, context.currentName()));
    }
    String where = where(path);
    return position(parser.currentTokenLocation())
        + ": "
        + (where.isEmpty() ? what : where + ": " + what);
  }

  private String position(TokenStreamLocation location) {
    String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    if (location == null || location.getLineNr() < 1) {
      return file;
    }
    return file + ", line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String what(JacksonException e) {
    if (e instanceof InvalidFormatException invalid) {
      return "\"" + invalid.getValue() + "\" is not " + kindOf(invalid.getTargetType());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected "
          + kindOf(mismatch.getTargetType())
          + ", found "
          + kindOf(mismatch.getCurrentToken());
    }
    return e.getOriginalMessage();
  }

  private String where(List<Reference> path) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < path.size()) {
      String field = nameAt(path, i);
      if ("domains".equals(field) && i + 1 < path.size() && nameAt(path, i + 1) == null) {
        parts.add(domain(path.get(i + 1).getIndex()));
        i += 2;
      } else if (SIGNATURE_KINDS.containsKey(field) && nameAt(path, i + 2) != null) {
        String term = nameAt(path, i + 2);
        parts.add(SIGNATURE_KINDS.get(field) + " '" + term + "' (" + nameAt(path, i + 1) + ")");
        i += 3;
      } else if (SIGNATURE_KINDS.containsKey(field) && nameAt(path, i + 1) != null) {
        parts.add(field + " (" + nameAt(path, i + 1) + ")");
        i += 2;
      } else {
        parts.add(field == null ? "[" + path.get(i).getIndex() + "]" : "'" + field + "'");
        i++;
      }
    }
    return String.join(", ", parts);
  }

  private static String nameAt(List<Reference> path, int i) {
    return i < path.size() ? path.get(i).getPropertyName() : null;
  }

  private String domain(int index) {
    String id = idOfDomain(index);
    String position = "domains[" + index + "]";
    return id == null ? position : "domain '" + id + "' (" + position + ")";
  }

  private String idOfDomain(int index) {
    try {
      JsonNode document = mapper.readTree(content);
      JsonNode id = document.path("domains").path(index).path("id");
      return id.isString() ? id.stringValue() : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String kindOf(Class<?> type) {
    if (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class && type != char.class)) {
      return "a number";
    }
    if (type == String.class) {
      return "a text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "a mapping of names to values";
  }

  private static String kindOf(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      case VALUE_STRING -> "a text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      default -> "nothing";
    };
  }
}
