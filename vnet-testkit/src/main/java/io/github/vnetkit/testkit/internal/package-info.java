/**
 * Implementation details of the testkit that must be public for a technical reason and are not
 * exported: the jqwik {@code SampleReportingFormat} service, which {@code java.util.ServiceLoader}
 * can only instantiate from a public class, and the estate outline it shares with {@code
 * BrokenEstate}. Not API: may change in any release.
 *
 * <pre>{@code
 * String outline = EstateOutline.render("Estate", estate);
 * }</pre>
 */
@NullMarked
package io.github.vnetkit.testkit.internal;

import org.jspecify.annotations.NullMarked;
