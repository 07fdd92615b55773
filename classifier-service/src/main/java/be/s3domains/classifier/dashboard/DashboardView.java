package be.s3domains.classifier.dashboard;

import java.util.List;
import java.util.Map;

/**
 * What the page shows at one moment; sent to every open page once a second.
 *
 * @param connected whether the dashboard's consumer is connected to the brokers
 * @param catalogVersion the catalog version of the latest event, null before the first
 * @param events domain-match events seen since the dashboard started
 * @param noDomain how many of them asserted no domain
 * @param eventsPerSecond the rate over the last ten seconds
 * @param windowMinutes the span of {@code recentMatches}
 * @param matches asserted matches by domain since start ("none" counts events without a domain)
 * @param recentMatches the same over the last {@code windowMinutes}
 * @param deadLetters dead letters by reason since start
 * @param latest the newest events, newest first; a sample when the stream is faster than a page
 */
record DashboardView(
    boolean connected,
    String catalogVersion,
    long events,
    long noDomain,
    double eventsPerSecond,
    long windowMinutes,
    Map<String, Long> matches,
    Map<String, Long> recentMatches,
    Map<String, Long> deadLetters,
    List<LatestEvent> latest) {}
