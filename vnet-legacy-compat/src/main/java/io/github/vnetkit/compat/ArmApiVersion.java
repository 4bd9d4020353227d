package io.github.vnetkit.compat;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An ARM API version of {@code Microsoft.Web/sites}, such as {@code 2024-11-01} or {@code
 * 2023-12-01-preview}, and the routing schema it carries (SPEC LEG-5).
 *
 * <p>Up to {@link #LAST_WITH_VNET_ENABLED_FLAGS} (2024-11-01) a site carries the {@code
 * vnet*Enabled} properties; from {@link #FIRST_WITH_OUTBOUND_VNET_ROUTING} (2025-03-01) it carries
 * {@code outboundVnetRouting} instead. <b>Between those dates</b> (a version dated after 2024-11-01
 * and before 2025-03-01) this library writes the {@code vnet*Enabled} properties: {@code
 * outboundVnetRouting} is documented only from 2025-03-01, while the legacy properties remain
 * supported by the platform for backwards compatibility [000], so they are the choice documented to
 * work. {@link #isBetweenRoutingSchemas()} tells such a version apart, and {@link
 * SiteRoutingConfiguration#notes()} says so whenever it applies. A pre-release suffix ({@code
 * -preview}) does not change the schema: the date decides.
 *
 * <p>Versions order by date, a pre-release before the release of the same date.
 *
 * <pre>{@code
 * ArmApiVersion v = ArmApiVersion.parse("2025-03-01");
 * v.routingSchema();                 // OUTBOUND_VNET_ROUTING
 * ArmApiVersion.parse("2024-02-30"); // IllegalArgumentException: ... is not a valid date
 * ArmApiVersion.tryParse("latest");  // Optional.empty()
 * }</pre>
 */
public final class ArmApiVersion implements Comparable<ArmApiVersion> {

  private static final Pattern SHAPE =
      Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})(?:-([a-z][a-z0-9]*))?");

  private static final Comparator<ArmApiVersion> ORDER =
      Comparator.comparing(ArmApiVersion::date)
          .thenComparing((ArmApiVersion v) -> v.suffix == null)
          .thenComparing(v -> v.suffix == null ? "" : v.suffix);

  /** 2024-11-01: the last version documented with the {@code vnet*Enabled} properties. */
  public static final ArmApiVersion LAST_WITH_VNET_ENABLED_FLAGS = parse("2024-11-01");

  /** 2025-03-01: the first version documented with {@code outboundVnetRouting}. */
  public static final ArmApiVersion FIRST_WITH_OUTBOUND_VNET_ROUTING = parse("2025-03-01");

  private final LocalDate date;
  private final @Nullable String suffix;

  private ArmApiVersion(LocalDate date, @Nullable String suffix) {
    this.date = date;
    this.suffix = suffix;
  }

  /**
   * Parses an API version: {@code yyyy-MM-dd}, optionally followed by a lower-case pre-release
   * suffix such as {@code -preview}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} does not have that shape or is not a calendar
   *     date; the message quotes it
   */
  public static ArmApiVersion parse(String text) {
    requireNonNull(text, "text");
    Matcher m = SHAPE.matcher(text);
    checkArgument(
        m.matches(),
        "API version '%s' is not an ARM API version; expected yyyy-MM-dd with an optional suffix,"
            + " such as 2024-11-01 or 2023-12-01-preview",
        text);
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "API version '" + text + "' is not a valid date: " + e.getMessage(), e);
    }
    return new ArmApiVersion(date, m.group(4));
  }

  /** Like {@link #parse(String)}, but returns empty instead of throwing for invalid text. */
  public static Optional<ArmApiVersion> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The release version of {@code date}.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public static ArmApiVersion of(LocalDate date) {
    return new ArmApiVersion(requireNonNull(date, "date"), null);
  }

  /** The version's date. */
  public LocalDate date() {
    return date;
  }

  /** The pre-release suffix without its dash, such as {@code preview}, if any. */
  public Optional<String> suffix() {
    return Optional.ofNullable(suffix);
  }

  /** Whether this is a pre-release version (it has a suffix). */
  public boolean isPreview() {
    return suffix != null;
  }

  /** The routing schema a site of this version carries (LEG-5; see the class comment). */
  public RoutingSchema routingSchema() {
    return date.isBefore(FIRST_WITH_OUTBOUND_VNET_ROUTING.date)
        ? RoutingSchema.VNET_ENABLED_FLAGS
        : RoutingSchema.OUTBOUND_VNET_ROUTING;
  }

  /**
   * Whether this version is dated after 2024-11-01 and before 2025-03-01, where the SPEC documents
   * neither schema; {@link #routingSchema()} is then {@link RoutingSchema#VNET_ENABLED_FLAGS}.
   */
  public boolean isBetweenRoutingSchemas() {
    return date.isAfter(LAST_WITH_VNET_ENABLED_FLAGS.date)
        && date.isBefore(FIRST_WITH_OUTBOUND_VNET_ROUTING.date);
  }

  @Override
  public int compareTo(ArmApiVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ArmApiVersion other
        && other.date.equals(date)
        && java.util.Objects.equals(other.suffix, suffix);
  }

  @Override
  public int hashCode() {
    return date.hashCode() * 31 + (suffix == null ? 0 : suffix.hashCode());
  }

  /** The version as ARM writes it: {@code 2024-11-01} or {@code 2023-12-01-preview}. */
  @Override
  public String toString() {
    return suffix == null ? date.toString() : date + "-" + suffix;
  }
}
