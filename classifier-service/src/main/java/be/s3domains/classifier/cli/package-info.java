/** Batch commands of the executable jar: classify, calibrate, evaluate. */
package be.s3domains.classifier.cli;
