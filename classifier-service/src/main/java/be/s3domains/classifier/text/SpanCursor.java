package be.s3domains.classifier.text;

import opennlp.tools.util.Span;

/** The tokens an OpenNLP tokenizer found, as a cursor. */
final class SpanCursor implements TokenCursor {

  private final String text;
  private final Span[] spans;
  private int current = -1;

  SpanCursor(String text, Span[] spans) {
    this.text = text;
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

  @Override
  public boolean hasLetterOrDigit() {
    for (int i = start(); i < end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
