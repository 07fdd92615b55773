/**
 * Labelled data: the dev/test split, calibration fitting, quality metrics, learning signature
 * weights from labels, and a supervised peer (OpenNLP categorizers) to measure the catalog against.
 */
package be.s3domains.classifier.evaluation;
