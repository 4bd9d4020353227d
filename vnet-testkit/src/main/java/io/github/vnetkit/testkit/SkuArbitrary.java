package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.vnetkit.model.IntegrationSupport;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.Sku;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates App Service SKUs from {@link Sku#allKnown()}, optionally restricted by tier or by what
 * the tier allows for regional integration (SPEC TIER-1..TIER-3). Shrinks towards the first SKU of
 * the selection in {@link Sku#allKnown()} order (tier, then size). Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.skus().eligibleForIntegration();          // B1..S3, P*, EP*, WS*
 * VnetArbitraries.skus().inTiers(PricingTier.PREMIUM_V3);   // P0v3..P3v3
 * VnetArbitraries.skus().withIntegrationSupport(IntegrationSupport.NOT_SUPPORTED); // F1, D1, Y1, FC1
 * }</pre>
 */
public final class SkuArbitrary extends ArbitraryDecorator<Sku> {

  /** The integration supports that TIER-1 counts as eligible (TIER-2 adds a condition). */
  static final Set<IntegrationSupport> ELIGIBLE =
      Sets.immutableEnumSet(
          IntegrationSupport.SUPPORTED, IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS);

  private final Set<PricingTier> tiers;

  SkuArbitrary() {
    this(EnumSet.allOf(PricingTier.class));
  }

  private SkuArbitrary(Set<PricingTier> tiers) {
    this.tiers = Sets.immutableEnumSet(tiers);
  }

  /**
   * Only SKUs of these tiers (replacing any earlier tier selection).
   *
   * @throws IllegalArgumentException if {@code tiers} is empty
   */
  public SkuArbitrary inTiers(PricingTier... tiers) {
    checkArgument(tiers.length > 0, "inTiers() needs at least one PricingTier");
    return new SkuArbitrary(EnumSet.copyOf(Arrays.asList(tiers)));
  }

  /**
   * Only SKUs whose tier can use regional integration (TIER-1): {@code SUPPORTED} and {@code
   * SUPPORTED_ON_NEWER_DEPLOYMENTS} (Basic and Standard, which need a newer deployment, TIER-2).
   *
   * @throws IllegalArgumentException if the current tier selection has no eligible tier
   */
  public SkuArbitrary eligibleForIntegration() {
    return withIntegrationSupport(ELIGIBLE.toArray(new IntegrationSupport[0]));
  }

  /**
   * Only SKUs whose tier's {@link PricingTier#regionalIntegration()} is one of {@code supports}.
   *
   * @throws IllegalArgumentException if no tier of the current selection is left
   */
  public SkuArbitrary withIntegrationSupport(IntegrationSupport... supports) {
    List<IntegrationSupport> wanted = Arrays.asList(supports);
    EnumSet<PricingTier> left = EnumSet.noneOf(PricingTier.class);
    for (PricingTier tier : tiers) {
      if (wanted.contains(tier.regionalIntegration())) {
        left.add(tier);
      }
    }
    checkArgument(!left.isEmpty(), "no tier of %s has integration support %s", tiers, wanted);
    return new SkuArbitrary(left);
  }

  /** The SKUs this arbitrary draws from, in shrinking order. */
  public List<Sku> pool() {
    return Sku.allKnown().stream()
        .filter(s -> tiers.contains(s.tier()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  protected Arbitrary<Sku> arbitrary() {
    return Arbitraries.of(pool());
  }
}
