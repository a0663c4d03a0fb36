package cn.onemap.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.address.batch.BatchOptions;
import cn.onemap.address.batch.BatchReport;
import cn.onemap.address.batch.BatchRow;
import cn.onemap.address.batch.BatchRun;
import cn.onemap.address.review.ReviewItem;
import cn.onemap.address.review.ReviewStatus;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batches, the review queue and learned aliases on both backends: low-confidence rows are queued, a
 * steward's correction is learned at once and kept in the store's database across restarts.
 */
class ReviewQueueIT {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void correctionsAreLearnedAsAliasesAndSurviveARestart(Backend backend) {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      TinyCity city = TinyCity.write(fixture.store());
      AddressEngine engine = AddressEngine.load(fixture.store());
      var progress = new ArrayList<Long>();
      BatchRun run =
          engine.startBatch(
              BatchOptions.of("job-1").withProgress((rows, matched) -> progress.add(rows), 2));
      BatchRow ok = run.geocode(1, "梅江区凌风路3号");
      BatchRow vague = run.geocode(2, "梅江区凌风路彬芳大道1号");
      BatchRow bad = run.geocode(3, "\u0000");
      BatchRow nothing = run.geocode(4, "老街坊的大榕树下");
      assertThat(ok.status()).isEqualTo(MatchStatus.MATCHED);
      assertThat(ok.queued()).isFalse();
      assertThat(ok.values()).hasSize(BatchRow.COLUMNS.size());
      assertThat(ok.values().get(0)).isEqualTo(city.codes.get("凌风路3号"));
      assertThat(vague.status()).isEqualTo(MatchStatus.REVIEW);
      assertThat(vague.queued()).isTrue();
      assertThat(bad.error()).isPresent();
      assertThat(nothing.status()).isEqualTo(MatchStatus.UNMATCHED);
      BatchReport report = run.report();
      assertThat(report.rows()).isEqualTo(4);
      assertThat(report.errors()).isEqualTo(1);
      assertThat(report.queuedForReview()).isEqualTo(1);
      assertThat(report.byStatus().get(MatchStatus.MATCHED)).isEqualTo(1);
      assertThat(report.matchRate()).isEqualTo(0.25);
      assertThat(progress).containsExactly(2L, 4L);

      var queue = engine.reviewQueue();
      assertThat(queue.count(Optional.of(ReviewStatus.PENDING), Optional.of("job-1"))).isEqualTo(1);
      ReviewItem item =
          queue.list(Optional.of(ReviewStatus.PENDING), Optional.empty(), 0, 10).get(0);
      assertThat(item.row()).isEqualTo(2);
      assertThat(item.query()).isEqualTo("梅江区凌风路彬芳大道1号");
      assertThatThrownBy(() -> queue.correct(item.id(), "123", "steward"))
          .extracting(e -> ((AddressException) e).code())
          .isEqualTo("UNKNOWN_ADDRESS_CODE");
      String truth = city.codes.get("彬芳大道1号");
      ReviewItem done = queue.correct(item.id(), truth, "steward");
      assertThat(done.status()).isEqualTo(ReviewStatus.CORRECTED);
      assertThat(done.resolvedCode()).hasValue(truth);
      assertThat(done.reviewer()).hasValue("steward");
      assertThatThrownBy(() -> queue.confirm(item.id(), "steward"))
          .extracting(e -> ((AddressException) e).code())
          .isEqualTo("REVIEW_ITEM_CLOSED");
      assertThatThrownBy(() -> queue.confirm(99_999, "steward"))
          .extracting(e -> ((AddressException) e).code())
          .isEqualTo("REVIEW_ITEM_NOT_FOUND");

      Candidate learned = engine.geocode("梅江区 凌风路、彬芳大道1号").best().orElseThrow();
      assertThat(learned.code()).isEqualTo(truth);
      assertThat(learned.confidence()).isGreaterThan(0.95);

      fixture.restart();
      AddressEngine again = AddressEngine.load(fixture.store());
      assertThat(again.info().aliases()).isEqualTo(1);
      assertThat(again.geocode("梅江区凌风路彬芳大道1号").best().orElseThrow().code()).isEqualTo(truth);
      assertThat(again.reviewQueue().get(item.id()).orElseThrow().status())
          .isEqualTo(ReviewStatus.CORRECTED);
      List<ReviewItem> all =
          again.reviewQueue().list(Optional.empty(), Optional.of("job-1"), 0, 10);
      assertThat(all).hasSize(1);
    }
  }

  /** Two portal nodes: what a steward teaches one engine reaches the other's with one sync. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aliasesLearnedByOneEngineReachAnotherOnTheSameTables(Backend backend) {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      TinyCity city = TinyCity.write(fixture.store());
      AddressEngine nodeA = AddressEngine.load(fixture.store());
      AddressEngine nodeB = AddressEngine.load(fixture.store());
      assertThat(nodeA.syncAliases()).isZero();
      BatchRun run = nodeB.startBatch(BatchOptions.of("job-b"));
      assertThat(run.geocode(1, "梅江区凌风路彬芳大道1号").queued()).isTrue();
      run.report(); // the end of the run writes its queued rows
      ReviewItem item =
          nodeB
              .reviewQueue()
              .list(Optional.of(ReviewStatus.PENDING), Optional.empty(), 0, 10)
              .get(0);
      String truth = city.codes.get("彬芳大道1号");
      nodeB.reviewQueue().correct(item.id(), truth, "steward");

      assertThat(nodeA.geocode("梅江区凌风路彬芳大道1号").best().map(Candidate::confidence))
          .hasValueSatisfying(c -> assertThat(c).isLessThan(0.95));
      assertThat(nodeA.syncAliases()).isEqualTo(1);
      Candidate learned = nodeA.geocode("梅江区 凌风路、彬芳大道1号").best().orElseThrow();
      assertThat(learned.code()).isEqualTo(truth);
      assertThat(learned.confidence()).isGreaterThan(0.95);
      assertThat(nodeA.info().aliases()).isEqualTo(1);
    }
  }
}
