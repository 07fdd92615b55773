/** The JSON contracts: proposals in (validated where they enter), domain-match results out. */
package be.s3domains.classifier.contract;
