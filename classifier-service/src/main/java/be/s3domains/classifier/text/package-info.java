/** Text analysis with OpenNLP: tokens with their offsets, language, folding, stop words, stems. */
package be.s3domains.classifier.text;
