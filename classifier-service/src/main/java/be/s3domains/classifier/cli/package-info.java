/** Batch commands of the executable jar: classify, calibrate, evaluate, compare, learn. */
package be.s3domains.classifier.cli;
