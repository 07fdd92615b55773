package be.s3domains.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds every key written twice in one mapping of a catalog document. A strict parser stops at the
 * first; this pass lets the other rules be checked and reported along with them.
 */
final class DuplicateKeys {

  private final ObjectMapper mapper;
  private final ParseProblem describer;

  DuplicateKeys(ObjectMapper mapper, ParseProblem describer) {
    this.mapper = mapper;
    this.describer = describer;
  }

  /** One problem per repeated key; none for a document that is not well-formed. */
  List<String> in(byte[] content) {
    List<String> problems = new ArrayList<>();
    Deque<Set<String>> open = new ArrayDeque<>();
    try (JsonParser parser = mapper.createParser(content)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          open.push(new HashSet<>());
        } else if (token == JsonToken.END_OBJECT) {
          open.pop();
        } else if (token == JsonToken.PROPERTY_NAME && !open.peek().add(parser.currentName())) {
          problems.add(describer.duplicate(parser));
        }
      }
    } catch (JacksonException notWellFormed) {
      // The parse that follows reports where the document breaks.
    }
    return problems;
  }
}
