package io.github.vnetkit.testkit;

import io.github.vnetkit.model.OperatingSystem;

/** The three kinds of plan the generators distinguish: OS plus Windows-container (Hyper-V). */
enum PlanForm {
  WINDOWS(OperatingSystem.WINDOWS, false),
  LINUX(OperatingSystem.LINUX, false),
  WINDOWS_CONTAINER(OperatingSystem.WINDOWS, true);

  private final OperatingSystem os;
  private final boolean hyperV;

  PlanForm(OperatingSystem os, boolean hyperV) {
    this.os = os;
    this.hyperV = hyperV;
  }

  OperatingSystem os() {
    return os;
  }

  boolean hyperV() {
    return hyperV;
  }

  /** NET-6: regional integrations a plan of this OS may have (Windows two, Linux one). */
  int integrationLimit() {
    return os == OperatingSystem.WINDOWS ? 2 : 1;
  }
}
