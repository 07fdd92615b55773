package be.s3domains.classifier.text;

import opennlp.tools.util.Span;

/** The tokens an OpenNLP tokenizer found, as a cursor. */
final class SpanCursor implements TokenCursor {

  private final Span[] spans;
  private int current = -1;

  SpanCursor(Span[] spans) {
    this.spans = spans;
  }

  @Override
  public boolean next() {
    current++;
    return current < spans.length;
  }

  @Override
  public int start() {
    return spans[current].getStart();
  }

  @Override
  public int end() {
    return spans[current].getEnd();
  }
}
