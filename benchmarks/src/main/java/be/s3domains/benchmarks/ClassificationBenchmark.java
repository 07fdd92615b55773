package be.s3domains.benchmarks;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import be.s3domains.classifier.scoring.Proposal;
import be.s3domains.classifier.scoring.ScoringSettings;
import be.s3domains.classifier.text.AnalyzedText;
import be.s3domains.classifier.text.LanguageDetection;
import be.s3domains.classifier.text.TextAnalyzer;
import be.s3domains.classifier.text.TokenizerKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second per thread for each stage a proposal goes through and for the peers, all on
 * the same texts ({@link BenchmarkTexts}): the bare tokenizer pass is the floor the others are read
 * against ({@link RatioReport}). Each operation handles one document; the benchmark cycles through
 * the texts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ClassificationBenchmark {

  private final TextAnalyzer simpleAnalyzer = new TextAnalyzer(TokenizerKind.SIMPLE.create());
  private final TextAnalyzer modelAnalyzer = new TextAnalyzer(TokenizerKind.MODEL.create());
  private final LanguageDetection languageDetection = LanguageDetection.withBundledModel(300);
  private Classifier classifier;
  private MonitorQueryMatcher monitor;
  private RegexTermMatcher regex;
  private List<Proposal> stated;
  private List<Proposal> undetected;
  private List<String> texts;
  private List<byte[]> records;
  private List<Classification> classifications;
  private int next;

  @Setup
  public void load() {
    System.out.println("Texts: " + BenchmarkTexts.source());
    classifier = new ClassifierLoader(ScoringSettings.DEFAULTS).loadBundled();
    monitor = new MonitorQueryMatcher(classifier.scorer().catalog());
    regex = new RegexTermMatcher(classifier.scorer().catalog());
    stated = BenchmarkTexts.proposals();
    undetected =
        stated.stream()
            .map(p -> new Proposal(p.id(), p.title(), p.description(), null, p.keywords()))
            .toList();
    texts = stated.stream().map(Proposal::text).toList();
    records = BenchmarkTexts.records();
    classifications =
        records.stream().map(r -> classifier.classify(ProposalJson.parse(r))).toList();
  }

  @TearDown
  public void close() {
    monitor.close();
  }

  private int nextIndex() {
    next = (next + 1) % stated.size();
    return next;
  }

  /** The floor: OpenNLP's {@code SimpleTokenizer} over the text, nothing else. */
  @Benchmark
  public Span[] tokenizeOnly() {
    return SimpleTokenizer.INSTANCE.tokenizePos(texts.get(nextIndex()));
  }

  @Benchmark
  public AnalyzedText analyzeWithSimpleTokenizer() {
    Proposal proposal = stated.get(nextIndex());
    return simpleAnalyzer.analyze(proposal.text(), proposal.language());
  }

  @Benchmark
  public AnalyzedText analyzeWithModelTokenizer() {
    Proposal proposal = stated.get(nextIndex());
    return modelAnalyzer.analyze(proposal.text(), proposal.language());
  }

  /** The function-word vote, falling back to OpenNLP when it abstains (the service's way). */
  @Benchmark
  public String detectLanguage() {
    return languageDetection.detect(texts.get(nextIndex()));
  }

  /** OpenNLP's detector alone on the same 300-character prefix, for comparison. */
  @Benchmark
  public String detectLanguageWithOpenNlpOnly() {
    String text = texts.get(nextIndex());
    return languageDetection.detectStatistically(text.substring(0, Math.min(300, text.length())));
  }

  @Benchmark
  public Classification classifyWithStatedLanguage() {
    return classifier.classify(stated.get(nextIndex()));
  }

  @Benchmark
  public Classification classifyWithDetectedLanguage() {
    return classifier.classify(undetected.get(nextIndex()));
  }

  /** What the Kafka listener does per record: parse the value, classify, write the event. */
  @Benchmark
  public byte[] parseClassifyAndWrite() {
    return ClassificationJson.writeUtf8(
        classifier.classify(ProposalJson.parse(records.get(nextIndex()))));
  }

  /** The listener's first part alone: the record's value parsed into a proposal. */
  @Benchmark
  public Proposal parseOnly() {
    return ProposalJson.parse(records.get(nextIndex()));
  }

  /** The listener's last part alone: a classification made beforehand written as the event. */
  @Benchmark
  public byte[] writeEventOnly() {
    return ClassificationJson.writeUtf8(classifications.get(nextIndex()));
  }

  /** Peer: Lucene Monitor, one stored query per domain, told the language. */
  @Benchmark
  public int matchWithLuceneMonitor() {
    int index = nextIndex();
    return monitor.matchingDomains(texts.get(index), stated.get(index).language());
  }

  /** Peer: one regular expression per catalog term, told the language. */
  @Benchmark
  public int[] matchWithRegexPerTerm() {
    int index = nextIndex();
    return regex.occurrences(texts.get(index), stated.get(index).language());
  }
}
