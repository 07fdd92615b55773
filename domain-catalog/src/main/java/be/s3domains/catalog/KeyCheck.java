package be.s3domains.catalog;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds, in one pass over a catalog document, every key written twice in one mapping and every
 * field the catalog does not know, each with its line. Binding would stop at the first of them (or
 * keep only the last of two keys); this pass lets the catalog's rules be checked and reported along
 * with them.
 */
final class KeyCheck {

  private static final List<String> CATALOG_FIELDS = fieldsOf(CatalogDocument.class);
  private static final List<String> DOMAIN_FIELDS = fieldsOf(CatalogDocument.Domain.class);

  private final ObjectMapper mapper;
  private final ParseProblem describer;

  KeyCheck(ObjectMapper mapper, ParseProblem describer) {
    this.mapper = mapper;
    this.describer = describer;
  }

  /** One problem per repeated key or unknown field; none for a document that is not well-formed. */
  List<String> problems(byte[] content) {
    List<String> problems = new ArrayList<>();
    Deque<Set<String>> open = new ArrayDeque<>();
    try (JsonParser parser = mapper.createParser(content)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          open.push(new HashSet<>());
        } else if (token == JsonToken.END_OBJECT) {
          open.pop();
        } else if (token == JsonToken.PROPERTY_NAME) {
          if (!open.peek().add(parser.currentName())) {
            problems.add(describer.duplicate(parser));
          }
          List<String> known = knownFields(parser.streamReadContext());
          if (known != null && !known.contains(parser.currentName())) {
            problems.add(describer.unknownField(parser, known));
          }
        }
      }
    } catch (JacksonException notWellFormed) {
      // Binding the document reports where it breaks.
    }
    return problems;
  }

  /** The fields a mapping may hold: the catalog's at the top, a domain's in the list; else any. */
  private static List<String> knownFields(TokenStreamContext mapping) {
    TokenStreamContext parent = mapping.getParent();
    if (parent.inRoot()) {
      return CATALOG_FIELDS;
    }
    TokenStreamContext grandparent = parent.getParent();
    if (parent.inArray()
        && grandparent.inObject()
        && grandparent.getParent().inRoot()
        && "domains".equals(grandparent.currentName())) {
      return DOMAIN_FIELDS;
    }
    return null;
  }

  private static List<String> fieldsOf(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
