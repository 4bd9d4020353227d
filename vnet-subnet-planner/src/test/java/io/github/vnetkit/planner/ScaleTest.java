package io.github.vnetkit.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  @DisplayName("CAP-4: scaling from N to M needs N + M at the peak")
  void cap4_instanceCountPeak() {
    ScaleResult r = SubnetPlanner.scale(26, ScaleOperation.instanceCount(10, 20));

    assertThat(r.peakInstances()).isEqualTo(30);
    assertThat(r.peakAddresses()).isEqualTo(30);
    assertThat(r.addressesAfter()).isEqualTo(20);
    assertThat(r.releasedAddresses()).isEqualTo(10);
    assertThat(r.fits()).isTrue();
    assertThat(r.spareAddressesAtPeak()).isEqualTo(29);
    assertThat(r.rules()).contains("CAP-1", "CAP-4");
  }

  @Test
  @DisplayName("CAP-4: a SKU change at N needs 2N; 30 instances overflow a /26")
  void cap4_skuChangePeak() {
    ScaleResult r = SubnetPlanner.scale(26, ScaleOperation.skuChange(30));

    assertThat(r.peakAddresses()).isEqualTo(60);
    assertThat(r.fits()).isFalse(); // 60 > 59
    assertThat(SubnetPlanner.scale(26, ScaleOperation.skuChange(29)).fits()).isTrue();
    assertThat(r.toString()).contains("does not fit");
  }

  @Test
  @DisplayName("CAP-4, CAP-3: Windows containers multiply the peak")
  void cap4_windowsContainers() {
    ScaleResult r = SubnetPlanner.scale(25, ScaleOperation.instanceCount(10, 12), 4);
    assertThat(r.peakAddresses()).isEqualTo(22 * 5);
    assertThat(r.fits()).isTrue(); // 110 <= 123
    assertThat(r.rules()).contains("CAP-3");
  }

  @Test
  @DisplayName("CAP-4: scaling in also peaks at N + M")
  void cap4_scaleIn() {
    assertThat(SubnetPlanner.scale(27, ScaleOperation.instanceCount(20, 5)).peakAddresses())
        .isEqualTo(25);
  }

  @Test
  void noOperation() {
    ScaleResult r = SubnetPlanner.scale(27, ScaleOperation.instanceCount(5, 5));
    assertThat(r.peakAddresses()).isEqualTo(5);
    assertThat(r.releasedAddresses()).isZero();
  }

  @Test
  @DisplayName("CAP-7: a /29 never fits a scale operation")
  void cap7_slash29() {
    ScaleResult r = SubnetPlanner.scale(29, ScaleOperation.instanceCount(0, 1));
    assertThat(r.integrationAllowed()).isFalse();
    assertThat(r.fits()).isFalse();
  }

  @Test
  @DisplayName("CAP-4: back-to-back operations stack until addresses are released (12 h default)")
  void cap4_timelineStacks() {
    List<TimedScaleOperation> ops =
        List.of(
            TimedScaleOperation.at(Duration.ZERO, ScaleOperation.instanceCount(10, 20)),
            TimedScaleOperation.at(Duration.ofHours(1), ScaleOperation.skuChange(20)),
            TimedScaleOperation.at(Duration.ofHours(12), ScaleOperation.instanceCount(20, 15)));

    TimelineResult r = SubnetPlanner.simulate(26, 0, ops);

    assertThat(r.releaseDelay()).isEqualTo(SubnetPlanner.DEFAULT_RELEASE_DELAY);
    assertThat(r.events()).extracting(TimelineEvent::peakAddresses).containsExactly(30L, 50L, 55L);
    // at 12 h the first operation's 10 are back; the SKU change's 20 are due only at 13 h
    assertThat(r.events().get(2).pendingReleaseAddresses()).isEqualTo(20);
    assertThat(r.peakAddresses()).isEqualTo(55);
    assertThat(r.peakOperationIndex()).isEqualTo(2);
    assertThat(r.peakAt()).isEqualTo(Duration.ofHours(12));
    assertThat(r.runsOut()).isFalse();
    assertThat(r.firstShortfall()).isEmpty();
  }

  @Test
  @DisplayName("CAP-4: the subnet runs out when releases have not come back yet")
  void cap4_timelineRunsOut() {
    List<TimedScaleOperation> ops =
        List.of(
            TimedScaleOperation.at(Duration.ZERO, ScaleOperation.instanceCount(10, 20)),
            TimedScaleOperation.at(Duration.ofHours(1), ScaleOperation.skuChange(20)),
            TimedScaleOperation.at(Duration.ofHours(2), ScaleOperation.instanceCount(20, 25)));

    TimelineResult slow = SubnetPlanner.simulate(26, 0, ops);
    assertThat(slow.events().get(2).pendingReleaseAddresses()).isEqualTo(30);
    assertThat(slow.events().get(2).peakAddresses()).isEqualTo(20 + 25 + 30);
    assertThat(slow.runsOut()).isTrue();
    assertThat(slow.firstShortfall()).map(TimelineEvent::index).hasValue(2);
    assertThat(slow.explanation()).contains("runs out at operation #2");

    TimelineResult instant = SubnetPlanner.simulate(26, 0, ops, Duration.ZERO);
    assertThat(instant.peakAddresses()).isEqualTo(45);
    assertThat(instant.runsOut()).isFalse();
  }

  @Test
  void timelineBadInput() {
    TimedScaleOperation first =
        TimedScaleOperation.at(Duration.ofHours(2), ScaleOperation.instanceCount(10, 20));
    assertThatThrownBy(() -> SubnetPlanner.simulate(26, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("operations");
    assertThatThrownBy(
            () ->
                SubnetPlanner.simulate(
                    26,
                    0,
                    List.of(
                        first,
                        TimedScaleOperation.at(Duration.ofHours(1), ScaleOperation.skuChange(20)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time order");
    assertThatThrownBy(
            () ->
                SubnetPlanner.simulate(
                    26,
                    0,
                    List.of(
                        first,
                        TimedScaleOperation.at(Duration.ofHours(3), ScaleOperation.skuChange(15)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts from 15 instances");
    assertThatThrownBy(() -> SubnetPlanner.simulate(26, 0, List.of(first), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("releaseDelay (PT-1H)");
    assertThatThrownBy(() -> TimedScaleOperation.at(Duration.ofSeconds(-1), first.operation()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at (PT-1S)");
  }

  @Test
  void scaleBadInput() {
    assertThatThrownBy(() -> ScaleOperation.instanceCount(-1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromInstances (-1)");
    assertThatThrownBy(() -> ScaleOperation.instanceCount(1, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toInstances (-3)");
    assertThatThrownBy(() -> SubnetPlanner.scale(31, ScaleOperation.skuChange(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefixLength (31)");
  }
}
