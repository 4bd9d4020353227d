package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A fully qualified DNS name, normalised to lower case without a trailing dot: {@code
 * "MyVault.Vault.Azure.NET."} is {@code myvault.vault.azure.net}. DNS compares names ignoring case,
 * and so does this type by normalising.
 *
 * <pre>{@code
 * DnsName host = DnsName.of("shop.privatelink.database.windows.net");
 * DnsName zone = DnsName.of("privatelink.database.windows.net");
 * host.isSubdomainOf(zone);  // true
 * host.relativeTo(zone);     // Optional["shop"]
 * DnsName.of("bad..name");   // IllegalArgumentException
 * }</pre>
 */
public final class DnsName implements Comparable<DnsName> {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?");

  private final String name;

  private DnsName(String name) {
    this.name = name;
  }

  /**
   * Parses a DNS name such as {@code privatelink.blob.core.windows.net}; a trailing dot is dropped
   * and letters are lower-cased.
   *
   * @throws IllegalArgumentException if a label is empty, longer than 63 characters or has
   *     characters other than letters, digits, '-' and '_', or the name is longer than 253
   *     characters; the message quotes the name
   */
  public static DnsName of(String name) {
    requireNonNull(name, "name");
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    n = n.toLowerCase(Locale.ROOT);
    checkArgument(
        !n.isEmpty() && n.length() <= 253, "DNS name '%s' must have 1 to 253 characters", name);
    for (String label : n.split("\\.", -1)) {
      checkArgument(
          LABEL.matcher(label).matches(),
          "DNS name '%s' has an invalid label '%s'; labels have 1 to 63 letters, digits, '-' or"
              + " '_', and do not start or end with '-'",
          name,
          label);
    }
    return new DnsName(n);
  }

  /** Like {@link #of(String)}, but returns empty instead of throwing. */
  public static Optional<DnsName> tryParse(String name) {
    try {
      return Optional.of(of(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The normalised name. */
  public String name() {
    return name;
  }

  /** Whether this name is {@code zone} or lies under it. */
  public boolean isSubdomainOf(DnsName zone) {
    return name.equals(zone.name) || name.endsWith("." + zone.name);
  }

  /**
   * This name relative to {@code zone}: {@code "shop"} for {@code shop.example.com} in {@code
   * example.com}, {@code "@"} for the zone apex; empty if this name is not in the zone.
   */
  public Optional<String> relativeTo(DnsName zone) {
    if (name.equals(zone.name)) {
      return Optional.of("@");
    }
    if (name.endsWith("." + zone.name)) {
      return Optional.of(name.substring(0, name.length() - zone.name.length() - 1));
    }
    return Optional.empty();
  }

  @Override
  public int compareTo(DnsName other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DnsName other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The normalised name. */
  @Override
  public String toString() {
    return name;
  }
}
