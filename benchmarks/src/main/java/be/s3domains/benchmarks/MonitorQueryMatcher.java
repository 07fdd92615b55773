package be.s3domains.benchmarks;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.catalog.Signature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The peer a Java engineer would reach for: Lucene Monitor with one stored query per domain, the
 * domain's catalog terms as optional clauses (a term query per one-word term, a phrase query per
 * longer one). One monitor per catalog language, analysing terms and documents with Lucene's
 * analyzer for that language and holding that language's terms plus the English ones, as the
 * engine's term index does. Not thread-safe in use: one instance per benchmark thread.
 */
final class MonitorQueryMatcher implements AutoCloseable {

  private static final String FIELD = "text";

  private final Map<String, Monitor> monitors = new HashMap<>();

  MonitorQueryMatcher(DomainCatalog catalog) {
    try {
      for (String language : catalog.languages()) {
        Analyzer analyzer = analyzer(language);
        Monitor monitor = new Monitor(analyzer);
        for (DomainProfile domain : catalog.domains()) {
          monitor.register(new MonitorQuery(domain.id(), query(domain, language, analyzer)));
        }
        monitors.put(language, monitor);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many domains' queries match the text, read as written in the given language. */
  int matchingDomains(String text, String language) {
    Document document = new Document();
    document.add(new TextField(FIELD, text, Field.Store.NO));
    try {
      return monitors.get(language).match(document, QueryMatch.SIMPLE_MATCHER).getMatchCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the monitors, which stop their purge threads. */
  @Override
  public void close() {
    try {
      for (Monitor monitor : monitors.values()) {
        monitor.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analyzer analyzer(String language) {
    return switch (language) {
      case "nl" -> new DutchAnalyzer();
      case "fr" -> new FrenchAnalyzer();
      default -> new EnglishAnalyzer();
    };
  }

  private static Query query(DomainProfile domain, String language, Analyzer analyzer)
      throws IOException {
    Set<Query> clauses = new LinkedHashSet<>();
    for (Signature signature : domain.signatures()) {
      if (signature.language().equals(language) || signature.language().equals("en")) {
        Query clause = termQuery(signature.term(), analyzer);
        if (clause != null) {
          clauses.add(clause);
        }
      }
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    clauses.forEach(clause -> query.add(clause, BooleanClause.Occur.SHOULD));
    return query.build();
  }

  /** A term or phrase query for the analysed term; null when the analysis leaves nothing. */
  private static Query termQuery(String term, Analyzer analyzer) throws IOException {
    List<String> tokens = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(FIELD, term)) {
      CharTermAttribute text = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(text.toString());
        positions.add(position);
      }
      stream.end();
    }
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(FIELD, tokens.get(0)));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (int i = 0; i < tokens.size(); i++) {
      phrase.add(new Term(FIELD, tokens.get(i)), positions.get(i));
    }
    return phrase.build();
  }
}
