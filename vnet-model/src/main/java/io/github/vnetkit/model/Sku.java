package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An App Service plan SKU name, such as {@code P1v3}, and the {@link PricingTier} it belongs to.
 *
 * <p>{@link #parse(String)} accepts the name in any (ASCII) case ({@code p1V3}) and returns it
 * spelled as the platform writes it ({@code P1v3}); {@link #parseExact(String)} accepts only that
 * spelling, for tools that must reproduce ARM output byte for byte. Known families: {@code F1},
 * {@code D1}, {@code B1..B3}, {@code S1..S3}, {@code P1..P3}, {@code P1v2..P3v2}, {@code
 * P0v3..P3v3}, {@code P1mv3..P5mv3}, {@code P0v4..P3v4}, {@code P1mv4..P5mv4}, {@code EP1..EP3},
 * {@code Y1}, {@code FC1}, {@code I1..I3}, {@code I1v2..I6v2}, {@code I1mv2..I5mv2}, {@code
 * WS1..WS3}.
 *
 * <pre>{@code
 * Sku sku = Sku.parse("p1mv3");
 * sku.name(); // "P1mv3"
 * sku.tier(); // PricingTier.PREMIUM_MV3
 * sku.tier().regionalIntegration(); // IntegrationSupport.SUPPORTED
 * Sku.parseExact("p1v3"); // IllegalArgumentException: ... did you mean P1v3?
 * }</pre>
 */
public final class Sku implements Comparable<Sku> {

  private static final Pattern SHAPE =
      Pattern.compile("(EP|FC|WS|[FDBSPYI])([0-9])(V2|V3|V4|MV2|MV3|MV4)?");

  private record Family(PricingTier tier, String prefix, String suffix, int min, int max) {
    boolean matches(String p, String s, int size) {
      return prefix.equals(p) && suffix.equals(s) && size >= min && size <= max;
    }

    String range() {
      return min == max
          ? prefix + min + suffix
          : prefix + min + suffix + ".." + prefix + max + suffix;
    }
  }

  private static final List<Family> FAMILIES =
      ImmutableList.of(
          new Family(PricingTier.FREE, "F", "", 1, 1),
          new Family(PricingTier.SHARED, "D", "", 1, 1),
          new Family(PricingTier.BASIC, "B", "", 1, 3),
          new Family(PricingTier.STANDARD, "S", "", 1, 3),
          new Family(PricingTier.PREMIUM, "P", "", 1, 3),
          new Family(PricingTier.PREMIUM_V2, "P", "v2", 1, 3),
          new Family(PricingTier.PREMIUM_V3, "P", "v3", 0, 3),
          new Family(PricingTier.PREMIUM_MV3, "P", "mv3", 1, 5),
          new Family(PricingTier.PREMIUM_V4, "P", "v4", 0, 3),
          new Family(PricingTier.PREMIUM_MV4, "P", "mv4", 1, 5),
          new Family(PricingTier.ELASTIC_PREMIUM, "EP", "", 1, 3),
          new Family(PricingTier.WORKFLOW_STANDARD, "WS", "", 1, 3),
          new Family(PricingTier.DYNAMIC, "Y", "", 1, 1),
          new Family(PricingTier.FLEX_CONSUMPTION, "FC", "", 1, 1),
          new Family(PricingTier.ISOLATED, "I", "", 1, 3),
          new Family(PricingTier.ISOLATED_V2, "I", "v2", 1, 6),
          new Family(PricingTier.ISOLATED_MV2, "I", "mv2", 1, 5));

  private final String name;
  private final PricingTier tier;
  private final int size;

  private Sku(String name, PricingTier tier, int size) {
    this.name = name;
    this.tier = tier;
    this.size = size;
  }

  /**
   * Parses a SKU name in any case and returns it in the platform's spelling.
   *
   * @throws IllegalArgumentException if {@code name} is not a known App Service SKU; the message
   *     quotes it and lists the known families
   */
  public static Sku parse(String name) {
    requireNonNull(name, "name");
    // ASCII-only case folding: Locale.ROOT would turn lookalikes such as U+017F into 'S'.
    Matcher m = SHAPE.matcher(Ascii.toUpperCase(name));
    if (m.matches()) {
      String prefix = m.group(1);
      int size = Integer.parseInt(m.group(2));
      String suffix = m.group(3) == null ? "" : Ascii.toLowerCase(m.group(3));
      for (Family f : FAMILIES) {
        if (f.matches(prefix, suffix, size)) {
          return new Sku(prefix + size + suffix, f.tier(), size);
        }
      }
    }
    throw new IllegalArgumentException(
        "sku '" + name + "' is not a known App Service SKU; expected one of " + knownFamilies());
  }

  /**
   * Parses a SKU name that must be spelled exactly as the platform writes it ({@code P1v3}, not
   * {@code p1v3}).
   *
   * @throws IllegalArgumentException if {@code name} is unknown, or known but spelled in another
   *     case; the message suggests the platform's spelling
   */
  public static Sku parseExact(String name) {
    Sku sku = parse(name);
    checkArgument(
        sku.name.equals(name),
        "sku '%s' is not spelled as the platform writes it; did you mean %s?",
        name,
        sku.name);
    return sku;
  }

  /** Like {@link #parse(String)}, but returns empty instead of throwing for an unknown name. */
  public static Optional<Sku> tryParse(String name) {
    try {
      return Optional.of(parse(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The known SKU families, such as {@code B1..B3, P0v3..P3v3}, for messages and help texts. */
  public static String knownFamilies() {
    StringBuilder sb = new StringBuilder();
    for (Family f : FAMILIES) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(f.range());
    }
    return sb.toString();
  }

  /**
   * Every known SKU in the platform's spelling, in their natural order: tier (in {@link
   * PricingTier} declaration order), then size.
   */
  public static List<Sku> allKnown() {
    ImmutableList.Builder<Sku> all = ImmutableList.builder();
    for (Family f : FAMILIES) {
      for (int size = f.min(); size <= f.max(); size++) {
        all.add(new Sku(f.prefix() + size + f.suffix(), f.tier(), size));
      }
    }
    return all.build();
  }

  /** The SKU name as the platform writes it, such as {@code P1v3}. */
  public String name() {
    return name;
  }

  /** The pricing tier of this SKU. */
  public PricingTier tier() {
    return tier;
  }

  /** The size number within the family: 1 for {@code P1v3}, 0 for {@code P0v3}. */
  public int size() {
    return size;
  }

  @Override
  public int compareTo(Sku other) {
    int c = tier.compareTo(other.tier);
    return c != 0 ? c : Integer.compare(size, other.size);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Sku other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The SKU name as the platform writes it. */
  @Override
  public String toString() {
    return name;
  }
}
