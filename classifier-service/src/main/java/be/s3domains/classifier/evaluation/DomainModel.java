package be.s3domains.classifier.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * One domain's binary maximum-entropy categorizer with a Platt curve on the logit of its
 * probability and an F1-best threshold, both fitted on out-of-fold predictions. Not thread-safe.
 */
final class DomainModel {

  static final String YES = "domain";
  static final String NO = "other";
  private static final double[] IDENTITY = {0, 1};
  private static final double CURVE_PRIOR_STRENGTH = 1.0;
  private static final long FOLD_SEED = 20_240_607L;

  private final DocumentCategorizerME categorizer;
  private final int yes;
  private final double[] curve;
  private final double threshold;

  private final double constant;

  /**
   * @param model the trained categorizer, or null when the training data had one outcome only
   * @param constant the probability to give when there is no model: the training data's base rate
   */
  private DomainModel(DoccatModel model, double constant, double[] curve, double threshold) {
    this.categorizer = model == null ? null : new DocumentCategorizerME(model);
    this.yes = categorizer == null ? -1 : categorizer.getIndex(YES);
    this.constant = constant;
    this.curve = curve;
    this.threshold = threshold;
  }

  static DomainModel train(List<String[]> documents, boolean[] outcomes, PeerSettings settings) {
    int n = documents.size();
    double[] outOfFold = new double[n];
    int[] folds = folds(n, settings.folds());
    for (int fold = 0; fold < settings.folds(); fold++) {
      List<String[]> trainDocs = new ArrayList<>();
      List<Boolean> trainOutcomes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (folds[i] != fold) {
          trainDocs.add(documents.get(i));
          trainOutcomes.add(outcomes[i]);
        }
      }
      DomainModel raw =
          new DomainModel(
              fit(trainDocs, trainOutcomes, settings), baseRate(trainOutcomes), IDENTITY, 0.5);
      for (int i = 0; i < n; i++) {
        if (folds[i] == fold) {
          outOfFold[i] = logit(raw.rawProbability(documents.get(i)));
        }
      }
    }
    double[][] features = new double[n][];
    for (int i = 0; i < n; i++) {
      features[i] = new double[] {1, outOfFold[i]};
    }
    double[] curve = LogisticFit.fit(features, outcomes, IDENTITY, CURVE_PRIOR_STRENGTH);
    double[] calibrated = new double[n];
    for (int i = 0; i < n; i++) {
      calibrated[i] = sigmoid(curve[0] + curve[1] * outOfFold[i]);
    }
    List<Boolean> all = new ArrayList<>();
    for (boolean outcome : outcomes) {
      all.add(outcome);
    }
    return new DomainModel(
        fit(documents, all, settings),
        baseRate(all),
        curve,
        Thresholds.bestF1(calibrated, outcomes));
  }

  double confidence(String[] document) {
    return sigmoid(curve[0] + curve[1] * logit(rawProbability(document)));
  }

  double threshold() {
    return threshold;
  }

  private double rawProbability(String[] document) {
    if (categorizer == null) {
      return constant;
    }
    return categorizer.categorize(document)[yes];
  }

  /** The trained model, or null when every outcome is the same and there is nothing to learn. */
  private static DoccatModel fit(
      List<String[]> documents, List<Boolean> outcomes, PeerSettings settings) {
    if (!outcomes.contains(true) || !outcomes.contains(false)) {
      return null;
    }
    List<DocumentSample> samples = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      samples.add(new DocumentSample(outcomes.get(i) ? YES : NO, documents.get(i)));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    try {
      FeatureGenerator[] features =
          settings.bigrams()
              ? new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
              }
              : new FeatureGenerator[] {new BagOfWordsFeatureGenerator()};
      return DocumentCategorizerME.train(
          "en",
          ObjectStreamUtils.createObjectStream(samples),
          parameters,
          new DoccatFactory(features));
    } catch (IOException e) {
      throw new UncheckedIOException("Training the categorizer failed", e);
    }
  }

  /** A fold per document: a fixed pseudo-random permutation dealt round-robin. */
  static int[] folds(int n, int folds) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(FOLD_SEED));
    int[] fold = new int[n];
    for (int position = 0; position < n; position++) {
      fold[order.get(position)] = position % folds;
    }
    return fold;
  }

  private static double baseRate(List<Boolean> outcomes) {
    return outcomes.stream().filter(o -> o).count() / (double) Math.max(1, outcomes.size());
  }

  private static double logit(double p) {
    double clipped = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.log(clipped / (1 - clipped));
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
