/** Phrase matching, domain scores, calibrated confidence and the evidence behind each match. */
package be.s3domains.classifier.scoring;
