package cn.onemap.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.GisException;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Two {@link Jobs} registries on one database (the portal's own migrations on H2) are two portal
 * nodes: a job run by one is followed and cancelled through the other, and when its node stops
 * beating the other fails it.
 */
class JobsTest {
  private static final Caller ALICE = new Caller("alice", "Alice", "", Set.of(Role.EDITOR), false);
  private static final Caller BOB = new Caller("bob", "Bob", "", Set.of(Role.EDITOR), false);
  private static final Caller ADMIN = new Caller("root", "Root", "", Set.of(Role.ADMIN), false);

  /** A job kind of the test: counts steps. */
  static final class Counting extends Job {
    record Detail(long steps) {}

    volatile long steps;

    Counting(String id, String owner, Path directory) {
      super(id, owner, directory);
    }

    Counting(Stored stored, Detail detail) {
      super(stored);
      this.steps = detail.steps();
    }

    @Override
    public String kind() {
      return "counting";
    }

    @Override
    public Detail detail() {
      return new Detail(steps);
    }

    @Override
    public double fraction() {
      return Math.min(1, steps / 1000.0);
    }
  }

  @TempDir Path dir;
  private JdbcDataSource db;
  private final List<Jobs> nodes = new ArrayList<>();

  @BeforeEach
  void database() {
    db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/portal")
        .table("om_portal_schema_history")
        .load()
        .migrate();
  }

  @AfterEach
  void stopNodes() {
    nodes.forEach(Jobs::stop);
  }

  private Jobs node(String name) {
    return node(name, "1d");
  }

  private Jobs node(String name, String retention) {
    var settings =
        Map.of(
            "onemap.data-dir",
            dir.toString(),
            "onemap.jobs.dir",
            dir.resolve("shared").toString(),
            "onemap.jobs.node-id",
            name,
            "onemap.jobs.heartbeat",
            "50ms",
            "onemap.jobs.stale-after",
            "400ms",
            "onemap.jobs.retention",
            retention);
    PortalProperties properties =
        new Binder(new MapConfigurationPropertySource(settings))
            .bindOrCreate("onemap", PortalProperties.class);
    Jobs jobs =
        new Jobs(
            properties,
            db,
            new ObjectMapper().registerModule(new JavaTimeModule()),
            new StandardEnvironment());
    jobs.register("counting", Counting.Detail.class, Counting::new);
    nodes.add(jobs);
    return jobs;
  }

  private static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      assertThat(System.nanoTime()).as("still " + value).isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      value = probe.get();
    }
    return value;
  }

  @Test
  void aJobRunOnOneNodeIsFollowedAndCancelledThroughAnother() throws Exception {
    Jobs a = node("a");
    Jobs b = node("b");
    Counting job = a.create(ALICE, (id, d) -> new Counting(id, ALICE.name(), d));
    Files.createDirectories(job.directory());
    a.start(
        job,
        () -> {
          while (!job.cancel().isCancelled()) {
            job.steps++;
            Thread.sleep(5);
          }
          throw new GisException("COUNT_CANCELLED", "cancelled", Map.of("steps", job.steps), null);
        });

    Counting seen =
        await(
            () -> b.find(job.id(), ALICE, Counting.class).orElseThrow(),
            j -> j.state() == Job.State.RUNNING && j.steps > 0);
    assertThat(seen.live()).isFalse();
    assertThat(seen.directory()).isEqualTo(job.directory());
    assertThat(b.find(job.id(), BOB, Counting.class)).isEmpty();
    assertThat(b.find(job.id(), ADMIN, Counting.class)).isPresent();

    b.cancel(seen);
    Counting ended =
        await(
            () -> b.find(job.id(), ALICE, Counting.class).orElseThrow(),
            j -> j.state() == Job.State.FAILED);
    assertThat(ended.failure().orElseThrow().code()).isEqualTo("COUNT_CANCELLED");
    assertThat(ended.finished()).isPresent();
    assertThat(job.cancel().isCancelled()).isTrue();
  }

  @Test
  void theJobsOfANodeThatStopsBeatingAreFailedByTheOthers() throws Exception {
    Jobs a = node("a");
    Jobs b = node("b");
    CountDownLatch release = new CountDownLatch(1);
    Counting job = a.create(ALICE, (id, d) -> new Counting(id, ALICE.name(), d));
    a.start(
        job,
        () -> {
          job.steps = 7;
          // A hung node: neither cancel nor interrupt ends this.
          while (release.getCount() > 0) {
            try {
              release.await();
            } catch (InterruptedException ignored) {
              // keep hanging
            }
          }
        });
    await(() -> b.find(job.id(), ALICE, Counting.class).orElseThrow(), j -> j.steps == 7);
    a.stop(); // no more heartbeats from a
    Counting failed =
        await(
            () -> b.find(job.id(), ALICE, Counting.class).orElseThrow(),
            j -> j.state() == Job.State.FAILED);
    assertThat(failed.failure().orElseThrow().code()).isEqualTo("NODE_STOPPED");
    assertThat(failed.failure().orElseThrow().message()).contains("处理节点已停止");
    assertThat(failed.steps).isEqualTo(7);
    release.countDown();
  }

  @Test
  void onStartANodeFailsWhatItLeftRunningAndRemovesOrphanedDirectories() throws Exception {
    Jobs first = node("a");
    CountDownLatch release = new CountDownLatch(1);
    Counting job = first.create(ALICE, (id, d) -> new Counting(id, ALICE.name(), d));
    Files.createDirectories(job.directory());
    first.start(
        job,
        () -> {
          while (release.getCount() > 0) {
            try {
              release.await();
            } catch (InterruptedException ignored) {
              // a crash leaves the row RUNNING: nothing writes its end
            }
          }
        });
    await(
        () -> first.find(job.id(), ALICE, Counting.class).orElseThrow(),
        j -> j.state() == Job.State.RUNNING);
    first.stop();
    Path orphan = dir.resolve("shared").resolve(UUID.randomUUID().toString());
    Files.createDirectories(orphan);

    Jobs again = node("a");
    Counting failed = again.find(job.id(), ALICE, Counting.class).orElseThrow();
    assertThat(failed.state()).isEqualTo(Job.State.FAILED);
    assertThat(failed.failure().orElseThrow().code()).isEqualTo("NODE_RESTARTED");
    assertThat(orphan).doesNotExist();
    assertThat(job.directory()).exists();
    release.countDown();
  }

  @Test
  void finishedJobsAreRemovedWithTheirFilesOnceTheirRetentionIsOver() throws Exception {
    Jobs first = node("a");
    Counting job = first.create(ALICE, (id, d) -> new Counting(id, ALICE.name(), d));
    Files.createDirectories(job.directory());
    Files.writeString(job.directory().resolve("result.csv"), "done\n");
    first.start(job, () -> job.steps = 3);
    await(
        () -> first.find(job.id(), ALICE, Counting.class).orElseThrow(),
        j -> j.state() == Job.State.SUCCEEDED);
    first.stop();

    Jobs keeping = node("a", "1d");
    assertThat(keeping.find(job.id(), ALICE, Counting.class).orElseThrow().steps).isEqualTo(3);
    assertThat(job.directory()).exists();
    Thread.sleep(5);
    Jobs expiring = node("a", "1ms");
    assertThat(expiring.find(job.id(), ALICE, Counting.class)).isEmpty();
    assertThat(job.directory()).doesNotExist();
  }
}
