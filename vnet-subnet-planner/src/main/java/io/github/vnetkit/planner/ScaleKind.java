package io.github.vnetkit.planner;

/**
 * The kinds of scale operation (SPEC CAP-4).
 *
 * <pre>{@code
 * ScaleOperation.instanceCount(10, 20).kind();  // INSTANCE_COUNT
 * ScaleOperation.skuChange(10).kind();          // SKU_CHANGE
 * }</pre>
 */
public enum ScaleKind {
  /** Scale out or in: from N to M instances; peak N + M. */
  INSTANCE_COUNT,
  /** Scale up or down in size (a SKU change) at N instances; peak 2N. */
  SKU_CHANGE
}
