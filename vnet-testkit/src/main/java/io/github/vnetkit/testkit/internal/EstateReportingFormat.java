package io.github.vnetkit.testkit.internal;

import io.github.vnetkit.model.Estate;
import net.jqwik.api.SampleReportingFormat;

/**
 * jqwik reports generated {@link Estate}s (original and shrunk samples) as an {@link EstateOutline}
 * instead of their full {@code toString()}. Registered as a service in the testkit's jar; not API.
 *
 * <pre>{@code
 * new EstateReportingFormat().report(estate); // the outline, printed without quotes
 * }</pre>
 */
public final class EstateReportingFormat implements SampleReportingFormat {

  /** Used by {@code java.util.ServiceLoader}. */
  public EstateReportingFormat() {}

  @Override
  public boolean appliesTo(Object value) {
    return value instanceof Estate;
  }

  @Override
  public Object report(Object value) {
    return SampleReportingFormat.plainLabel(EstateOutline.render("Estate", (Estate) value));
  }
}
