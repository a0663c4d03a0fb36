package cn.onemap.tiles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenderBudgetTest {
  private static final long MIB = 1 << 20;

  @Test
  void memoryIsHeldUntilThePermitClosesThenAWaiterGetsIt() throws Exception {
    RenderBudget budget = new RenderBudget(100 * MIB, 8, Duration.ofSeconds(5));
    RenderBudget.Permit big = budget.acquire(80 * MIB);
    assertThat(budget.availableBytes()).isEqualTo(20 * MIB);
    CompletableFuture<RenderBudget.Permit> waiting =
        CompletableFuture.supplyAsync(() -> budget.acquire(50 * MIB));
    Thread.sleep(200);
    assertThat(waiting).isNotDone();
    big.close();
    big.close(); // twice releases once
    RenderBudget.Permit second = waiting.get(5, TimeUnit.SECONDS);
    assertThat(budget.availableBytes()).isEqualTo(50 * MIB);
    second.close();
    assertThat(budget.availableBytes()).isEqualTo(100 * MIB);
  }

  @Test
  void aFullBudgetRefusesAfterTheWaitWithRetryAfter() {
    RenderBudget budget = new RenderBudget(10 * MIB, 8, Duration.ofMillis(300));
    try (RenderBudget.Permit held = budget.acquire(8 * MIB)) {
      long started = System.nanoTime();
      assertThatThrownBy(() -> budget.acquire(4 * MIB))
          .isInstanceOf(RenderBudget.RenderBusyException.class)
          .hasMessageContaining("memory budget")
          .satisfies(
              e ->
                  assertThat(((RenderBudget.RenderBusyException) e).retryAfterSeconds())
                      .isEqualTo(1));
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThan(Duration.ofMillis(250));
      assertThat(budget.availableBytes())
          .as("the refused request holds nothing")
          .isEqualTo(2 * MIB);
    }
  }

  @Test
  void theConcurrencyLimitAppliesToSmallRendersToo() {
    RenderBudget budget = new RenderBudget(100 * MIB, 2, Duration.ofMillis(100));
    try (var a = budget.acquire(MIB);
        var b = budget.acquire(MIB)) {
      assertThatThrownBy(() -> budget.acquire(MIB))
          .isInstanceOf(RenderBudget.RenderBusyException.class)
          .hasMessageContaining("render slots");
    }
    budget.acquire(MIB).close();
  }

  @Test
  void anImageLargerThanTheWholeBudgetRunsAlone() {
    RenderBudget budget = new RenderBudget(10 * MIB, 4, Duration.ofMillis(200));
    try (var small = budget.acquire(MIB)) {
      assertThatThrownBy(() -> budget.acquire(11 * MIB))
          .isInstanceOf(RenderBudget.RenderBusyException.class);
    }
    try (var huge = budget.acquire(11 * MIB)) {
      assertThat(budget.availableBytes()).isZero();
      assertThatThrownBy(() -> budget.acquire(MIB))
          .isInstanceOf(RenderBudget.RenderBusyException.class);
    }
    assertThat(budget.availableBytes()).isEqualTo(10 * MIB);
  }

  @Test
  void theDefaultIsAQuarterOfTheHeap() {
    RenderBudget budget = RenderBudget.forHeap(512 * MIB);
    assertThat(budget.budgetBytes()).isEqualTo(128 * MIB);
    assertThat(budget.maxConcurrent()).isGreaterThanOrEqualTo(2);
  }
}
