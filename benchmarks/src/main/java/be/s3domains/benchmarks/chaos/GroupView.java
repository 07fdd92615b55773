package be.s3domains.benchmarks.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;

/** Which static members of the consumer group hold partitions, as the group coordinator says. */
final class GroupView implements AutoCloseable {

  private final Admin admin;
  private final String group;
  private String lastFailure;

  GroupView(String bootstrapServers, String group) {
    this.admin = Clients.admin(bootstrapServers, 3000);
    this.group = group;
  }

  /**
   * How many partitions an instance's consumers hold, 0 when it has none in the group. Their
   * group.instance.id is the instance's followed by the consumer thread's suffix ({@code -0}).
   */
  int partitionsOf(String instanceId) {
    return ofInstance(instanceId).mapToInt(m -> m.assignment().topicPartitions().size()).sum();
  }

  /**
   * The coordinator's member ids of an instance's consumers, asked until the coordinator answers
   * with some; a restarted process gets new ones.
   */
  Set<String> memberIds(String instanceId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    Set<String> ids = Set.of();
    while (ids.isEmpty() && System.nanoTime() < deadline) {
      ids = ofInstance(instanceId).map(MemberDescription::consumerId).collect(Collectors.toSet());
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException(instanceId + " has no member in group " + group);
    }
    return ids;
  }

  private Stream<MemberDescription> ofInstance(String instanceId) {
    return ofInstance(members(), instanceId);
  }

  private static Stream<MemberDescription> ofInstance(
      List<MemberDescription> members, String instanceId) {
    return members.stream()
        .filter(m -> m.groupInstanceId().filter(id -> id.startsWith(instanceId + "-")).isPresent());
  }

  private List<MemberDescription> members() {
    try {
      return List.copyOf(
          admin
              .describeConsumerGroups(List.of(group))
              .describedGroups()
              .get(group)
              .get(3, TimeUnit.SECONDS)
              .members());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } catch (ExecutionException | TimeoutException e) {
      lastFailure = e.toString();
      return List.of();
    }
  }

  /** Waits until the instance holds a partition, and says how long that took. */
  Duration awaitPartitions(String instanceId, Duration atMost) throws InterruptedException {
    return awaitPartitions(instanceId, Set.of(), atMost);
  }

  /**
   * Waits until the instance holds a partition under a member id other than these (those of its
   * killed predecessor, which the coordinator keeps until the session times out), and says how long
   * that took.
   */
  Duration awaitPartitions(String instanceId, Set<String> formerMemberIds, Duration atMost)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + atMost.toNanos();
    while (!holdsPartitionsAnew(members(), instanceId, formerMemberIds)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            instanceId
                + " held no partition of group "
                + group
                + " within "
                + atMost
                + "; the members: "
                + members()
                + (lastFailure == null ? "" : "; the last failure: " + lastFailure));
      }
      Thread.sleep(250);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Whether, in one answer of the coordinator, the instance holds partitions under new ids. */
  private static boolean holdsPartitionsAnew(
      List<MemberDescription> members, String instanceId, Set<String> formerMemberIds) {
    List<MemberDescription> ofInstance = ofInstance(members, instanceId).toList();
    return ofInstance.stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty())
        && ofInstance.stream().noneMatch(m -> formerMemberIds.contains(m.consumerId()));
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(2));
  }
}
