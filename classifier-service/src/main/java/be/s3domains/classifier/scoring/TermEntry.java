package be.s3domains.classifier.scoring;

import be.s3domains.catalog.SignatureKind;

/**
 * What a matched phrase means for one domain.
 *
 * @param domain index of the domain in the catalog
 * @param term the catalog term as written
 * @param kind keyword or technology
 * @param weight the signature weight times the term's specificity
 */
record TermEntry(int domain, String term, SignatureKind kind, double weight) {}
