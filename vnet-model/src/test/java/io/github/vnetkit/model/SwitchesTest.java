package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** TriState and the two generations of routing switches that use it (SPEC LEG-1, LEG-2). */
class SwitchesTest {

  @Test
  @DisplayName("LEG-1: a switch is on, off or not set, and not set is not off")
  void leg1_triState() {
    assertThat(TriState.of(true)).isEqualTo(TriState.ON);
    assertThat(TriState.of(false)).isEqualTo(TriState.OFF);

    assertThat(TriState.UNSET.isSet()).isFalse();
    assertThat(TriState.ON.isSet()).isTrue();
    assertThat(TriState.OFF.isSet()).isTrue();

    assertThat(TriState.ON.isOn()).isTrue();
    assertThat(TriState.OFF.isOn()).isFalse();
    assertThat(TriState.UNSET.isOn()).isFalse();

    assertThat(TriState.UNSET.orElse(true)).isTrue();
    assertThat(TriState.UNSET.orElse(false)).isFalse();
    assertThat(TriState.OFF.orElse(true)).isFalse();
    assertThat(TriState.ON.orElse(false)).isTrue();
  }

  @Test
  @DisplayName("LEG-1: outboundVnetRouting's five switches default to UNSET")
  void leg1_outboundVnetRoutingDefaultsUnset() {
    OutboundVnetRouting routing = OutboundVnetRouting.builder().build();

    assertThat(routing.allTraffic()).isEqualTo(TriState.UNSET);
    assertThat(routing.applicationTraffic()).isEqualTo(TriState.UNSET);
    assertThat(routing.imagePullTraffic()).isEqualTo(TriState.UNSET);
    assertThat(routing.contentShareTraffic()).isEqualTo(TriState.UNSET);
    assertThat(routing.backupRestoreTraffic()).isEqualTo(TriState.UNSET);
    assertThat(routing.isEmpty()).isTrue();
    assertThat(routing).isEqualTo(OutboundVnetRouting.unset());
  }

  @Test
  void outboundVnetRoutingKeepsEachSwitch() {
    OutboundVnetRouting routing =
        OutboundVnetRouting.builder()
            .allTraffic(TriState.OFF)
            .applicationTraffic(TriState.ON)
            .imagePullTraffic(TriState.OFF)
            .contentShareTraffic(TriState.ON)
            .backupRestoreTraffic(TriState.OFF)
            .build();

    assertThat(routing.allTraffic()).isEqualTo(TriState.OFF);
    assertThat(routing.applicationTraffic()).isEqualTo(TriState.ON);
    assertThat(routing.imagePullTraffic()).isEqualTo(TriState.OFF);
    assertThat(routing.contentShareTraffic()).isEqualTo(TriState.ON);
    assertThat(routing.backupRestoreTraffic()).isEqualTo(TriState.OFF);
    assertThat(routing.isEmpty()).isFalse();
  }

  @Test
  @DisplayName("LEG-1: a switch explicitly OFF is set, so the value is not empty")
  void leg1_explicitOffIsNotEmpty() {
    assertThat(OutboundVnetRouting.builder().backupRestoreTraffic(TriState.OFF).build().isEmpty())
        .isFalse();
    assertThat(LegacySiteFlags.builder().vnetBackupRestoreEnabled(TriState.OFF).build().isEmpty())
        .isFalse();
    assertThat(OutboundVnetRouting.builder().allTraffic(TriState.OFF).build())
        .isNotEqualTo(OutboundVnetRouting.unset());
  }

  @Test
  @DisplayName("LEG-1: the legacy site flags default to UNSET")
  void leg1_legacySiteFlagsDefaultUnset() {
    LegacySiteFlags flags = LegacySiteFlags.builder().build();

    assertThat(flags.vnetRouteAllEnabled()).isEqualTo(TriState.UNSET);
    assertThat(flags.siteConfigVnetRouteAllEnabled()).isEqualTo(TriState.UNSET);
    assertThat(flags.vnetImagePullEnabled()).isEqualTo(TriState.UNSET);
    assertThat(flags.vnetContentShareEnabled()).isEqualTo(TriState.UNSET);
    assertThat(flags.vnetBackupRestoreEnabled()).isEqualTo(TriState.UNSET);
    assertThat(flags.isEmpty()).isTrue();
    assertThat(flags).isEqualTo(LegacySiteFlags.unset());
  }

  @Test
  @DisplayName("vnetRouteAllEnabled on the site and on siteConfig are kept apart")
  void siteAndSiteConfigRouteAllAreSeparate() {
    LegacySiteFlags flags =
        LegacySiteFlags.builder()
            .vnetRouteAllEnabled(TriState.OFF)
            .siteConfigVnetRouteAllEnabled(TriState.ON)
            .vnetImagePullEnabled(TriState.ON)
            .vnetContentShareEnabled(TriState.OFF)
            .build();

    assertThat(flags.vnetRouteAllEnabled()).isEqualTo(TriState.OFF);
    assertThat(flags.siteConfigVnetRouteAllEnabled()).isEqualTo(TriState.ON);
    assertThat(flags.vnetImagePullEnabled()).isEqualTo(TriState.ON);
    assertThat(flags.vnetContentShareEnabled()).isEqualTo(TriState.OFF);
    assertThat(flags.vnetBackupRestoreEnabled()).isEqualTo(TriState.UNSET);
    assertThat(LegacySiteFlags.builder().from(flags).build()).isEqualTo(flags);
  }
}
