package io.github.vnetkit.model;

/**
 * The operating system of an App Service plan's workers. It decides how many regional integrations
 * a plan may have (SPEC NET-6: two on Windows, one on Linux).
 *
 * <pre>{@code
 * AppServicePlan.builder().operatingSystem(OperatingSystem.LINUX) // ...
 * }</pre>
 */
public enum OperatingSystem {
  /** Windows workers (including Windows containers, see {@link AppServicePlan#hyperV()}). */
  WINDOWS,
  /** Linux workers. */
  LINUX
}
