package be.s3domains.classifier.scoring;

/**
 * One occurrence of a signature that counted for a domain.
 *
 * @param term the catalog term as written
 * @param kind "keyword" or "technology"
 * @param field "text" (offsets into title, line break, description) or "keywords" (offsets into the
 *     keywords joined with "; ")
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset just after the last character
 * @param contribution this occurrence's share of the domain's score
 */
public record Evidence(
    String term, String kind, String field, int start, int end, double contribution) {}
