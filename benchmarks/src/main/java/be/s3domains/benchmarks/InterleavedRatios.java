package be.s3domains.benchmarks;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import be.s3domains.classifier.scoring.Proposal;
import be.s3domains.classifier.scoring.ScoringSettings;
import be.s3domains.classifier.text.LanguageDetection;
import be.s3domains.classifier.text.TextAnalyzer;
import be.s3domains.classifier.text.TokenizerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * The engine's stages and peers as ratios to the bare tokenizer pass, measured in short turns that
 * alternate within one JVM: every round gives each stage one slice of time, in a rotating order,
 * and each stage's ratio in a round is read against the tokenizer's slice of the same round. On a
 * machine whose speed drifts from one minute to the next (other work on the same cores), JMH's
 * one-benchmark-after-another runs compare stages measured minutes apart; turns a fraction of a
 * second apart see the same machine. Prints the median ratio of the rounds and their quartiles.
 *
 * <p>{@code java -cp benchmarks.jar be.s3domains.benchmarks.InterleavedRatios [rounds] [slice ms]
 * [--with-monitor]}
 */
public final class InterleavedRatios {

  private static final String FLOOR = "tokenizeOnly";

  private static volatile Object sink;

  private InterleavedRatios() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    long sliceNanos = (args.length > 1 ? Long.parseLong(args[1]) : 250) * 1_000_000;
    boolean withMonitor = List.of(args).contains("--with-monitor");
    System.out.println("Texts: " + BenchmarkTexts.source());
    List<AutoCloseable> resources = new ArrayList<>();
    Map<String, IntFunction<Object>> stages = stages(withMonitor, resources);
    int texts = BenchmarkTexts.proposals().size();
    List<String> names = List.copyOf(stages.keySet());
    for (int warmUp = 0; warmUp < 5; warmUp++) {
      names.forEach(name -> rate(stages.get(name), texts, sliceNanos * 4));
    }
    Map<String, double[]> ratios = new LinkedHashMap<>();
    Map<String, double[]> rates = new LinkedHashMap<>();
    names.forEach(name -> ratios.put(name, new double[rounds]));
    names.forEach(name -> rates.put(name, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      Map<String, Double> thisRound = new LinkedHashMap<>();
      for (int turn = 0; turn < names.size(); turn++) {
        String name = names.get((round + turn) % names.size());
        thisRound.put(name, rate(stages.get(name), texts, sliceNanos));
      }
      double floor = thisRound.get(FLOOR);
      for (String name : names) {
        ratios.get(name)[round] = thisRound.get(name) / floor;
        rates.get(name)[round] = thisRound.get(name);
      }
    }
    System.out.println(table(names, ratios, rates, rounds, sliceNanos));
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  private static Map<String, IntFunction<Object>> stages(
      boolean withMonitor, List<AutoCloseable> resources) {
    Classifier classifier = new ClassifierLoader(ScoringSettings.DEFAULTS).loadBundled();
    TextAnalyzer analyzer = new TextAnalyzer(TokenizerKind.SIMPLE.create());
    LanguageDetection detection = LanguageDetection.withBundledModel(300);
    List<Proposal> stated = BenchmarkTexts.proposals();
    List<Proposal> undetected =
        stated.stream()
            .map(p -> new Proposal(p.id(), p.title(), p.description(), null, p.keywords()))
            .toList();
    List<String> texts = stated.stream().map(Proposal::text).toList();
    Map<String, IntFunction<Object>> stages = new LinkedHashMap<>();
    stages.put(FLOOR, i -> SimpleTokenizer.INSTANCE.tokenizePos(texts.get(i)));
    stages.put(
        "analyzeWithSimpleTokenizer",
        i -> analyzer.analyze(texts.get(i), stated.get(i).language()));
    stages.put("detectLanguage", i -> detection.detect(texts.get(i)));
    stages.put("classifyWithStatedLanguage", i -> classifier.classify(stated.get(i)));
    stages.put("classifyWithDetectedLanguage", i -> classifier.classify(undetected.get(i)));
    List<byte[]> records = BenchmarkTexts.records();
    stages.put(
        "parseClassifyAndWrite",
        i -> ClassificationJson.writeUtf8(classifier.classify(ProposalJson.parse(records.get(i)))));
    if (withMonitor) {
      MonitorQueryMatcher monitor = new MonitorQueryMatcher(classifier.scorer().catalog());
      resources.add(monitor);
      stages.put(
          "matchWithLuceneMonitor",
          i -> monitor.matchingDomains(texts.get(i), stated.get(i).language()));
    }
    return stages;
  }

  /** Documents per second over one slice, cycling through the texts from a random one. */
  private static double rate(IntFunction<Object> stage, int texts, long sliceNanos) {
    int next = (int) (System.nanoTime() % texts);
    long start = System.nanoTime();
    long end = start + sliceNanos;
    long done = 0;
    long now;
    do {
      for (int i = 0; i < 16; i++) {
        next = next + 1 == texts ? 0 : next + 1;
        sink = stage.apply(next);
      }
      done += 16;
      now = System.nanoTime();
    } while (now < end);
    return done * 1e9 / (now - start);
  }

  private static String table(
      List<String> names,
      Map<String, double[]> ratios,
      Map<String, double[]> rates,
      int rounds,
      long sliceNanos) {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%d rounds of one %d ms turn per stage; medians of the rounds%n%n",
            rounds,
            sliceNanos / 1_000_000));
    table.append("| stage | docs/s | x the tokenizer | quartiles of the ratio |\n");
    table.append("| --- | ---: | ---: | ---: |\n");
    List<String> byRatio = new ArrayList<>(names);
    byRatio.sort((a, b) -> Double.compare(median(ratios.get(b)), median(ratios.get(a))));
    for (String name : byRatio) {
      double[] sorted = ratios.get(name).clone();
      Arrays.sort(sorted);
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %.3f | %.3f - %.3f |%n",
              name,
              median(rates.get(name)),
              median(sorted),
              sorted[sorted.length / 4],
              sorted[(sorted.length * 3) / 4]));
    }
    return table.toString();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
