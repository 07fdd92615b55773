/** Labelled data: the dev/test split, calibration fitting and quality metrics. */
package be.s3domains.classifier.evaluation;
