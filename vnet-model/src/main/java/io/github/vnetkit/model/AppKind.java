package io.github.vnetkit.model;

/**
 * The kinds of app that regional virtual network integration serves (SPEC TIER-4).
 *
 * <pre>{@code
 * App.builder().kind(AppKind.FUNCTION_APP) // ...
 * }</pre>
 */
public enum AppKind {
  /** A web app (including API apps and containers). */
  WEB_APP,
  /** An Azure Functions app. */
  FUNCTION_APP,
  /** A Logic Apps Standard app. */
  LOGIC_APP
}
