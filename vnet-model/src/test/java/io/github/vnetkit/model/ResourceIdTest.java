package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceIdTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final String PREFIX = "/subscriptions/" + SUB + "/resourceGroups/net/providers/";
  private static final String SUBNET_TEXT =
      PREFIX + "Microsoft.Network/virtualNetworks/hub/subnets/apps";

  @Test
  void parsesASubnetIdIntoItsParts() {
    ResourceId id = ResourceId.parse(SUBNET_TEXT);

    assertThat(id.subscriptionId()).isEqualTo(SUB);
    assertThat(id.resourceGroup()).isEqualTo("net");
    assertThat(id.providerNamespace()).isEqualTo("Microsoft.Network");
    assertThat(id.types()).containsExactly("virtualNetworks", "subnets");
    assertThat(id.names()).containsExactly("hub", "apps");
    assertThat(id.name()).isEqualTo("apps");
    assertThat(id.fullType()).isEqualTo("Microsoft.Network/virtualNetworks/subnets");
    assertThat(id.kind()).isEqualTo(ResourceId.Kind.SUBNET);
    assertThat(id).hasToString(SUBNET_TEXT);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "Microsoft.Network/virtualNetworks/v1, VIRTUAL_NETWORK",
    "Microsoft.Network/virtualNetworks/v1/subnets/s1, SUBNET",
    "Microsoft.Network/networkSecurityGroups/n1, NETWORK_SECURITY_GROUP",
    "Microsoft.Network/routeTables/r1, ROUTE_TABLE",
    "Microsoft.Network/natGateways/g1, NAT_GATEWAY",
    "Microsoft.Web/sites/shop, SITE",
    "Microsoft.Web/sites/shop/slots/staging, SLOT",
    "Microsoft.Web/serverFarms/plan1, SERVER_FARM",
    "microsoft.web/SERVERFARMS/plan1, SERVER_FARM",
    "Microsoft.Web/sites/shop/config/web, OTHER",
    "Microsoft.Web/sites/shop/slots/staging/config/web, OTHER",
    "Microsoft.Storage/storageAccounts/st1, OTHER",
    "Microsoft.Network/virtualNetworks/v1/virtualNetworkPeerings/p1, OTHER",
    "Microsoft.Network/privateEndpoints/pe1, OTHER"
  })
  void recognisesTheKindsVnetkitWorksWith(String tail, ResourceId.Kind kind) {
    assertThat(ResourceId.parse(PREFIX + tail).kind()).isEqualTo(kind);
  }

  @Test
  void factoriesBuildIdsOfTheirKind() {
    assertThat(ResourceId.virtualNetwork(SUB, "rg", "v").kind())
        .isEqualTo(ResourceId.Kind.VIRTUAL_NETWORK);
    assertThat(ResourceId.subnet(SUB, "rg", "v", "s").kind()).isEqualTo(ResourceId.Kind.SUBNET);
    assertThat(ResourceId.site(SUB, "rg", "a").kind()).isEqualTo(ResourceId.Kind.SITE);
    assertThat(ResourceId.slot(SUB, "rg", "a", "s").kind()).isEqualTo(ResourceId.Kind.SLOT);
    assertThat(ResourceId.serverFarm(SUB, "rg", "p").kind()).isEqualTo(ResourceId.Kind.SERVER_FARM);
    assertThat(ResourceId.networkSecurityGroup(SUB, "rg", "n").kind())
        .isEqualTo(ResourceId.Kind.NETWORK_SECURITY_GROUP);
    assertThat(ResourceId.routeTable(SUB, "rg", "r").kind()).isEqualTo(ResourceId.Kind.ROUTE_TABLE);
    assertThat(ResourceId.natGateway(SUB, "rg", "g").kind()).isEqualTo(ResourceId.Kind.NAT_GATEWAY);
    assertThat(ResourceId.subnet(SUB, "net", "hub", "apps")).hasToString(SUBNET_TEXT);
  }

  @Test
  void kindKnowsItsArmType() {
    assertThat(ResourceId.Kind.SUBNET.armType())
        .isEqualTo("Microsoft.Network/virtualNetworks/subnets");
    assertThat(ResourceId.Kind.SLOT.armType()).isEqualTo("Microsoft.Web/sites/slots");
    assertThat(ResourceId.Kind.OTHER.armType()).isEmpty();
  }

  @Test
  void parentOfASubnetIsItsVnetAndParentOfATopLevelIdIsEmpty() {
    ResourceId subnet = ResourceId.parse(SUBNET_TEXT);
    ResourceId vnet = subnet.parent().orElseThrow();

    assertThat(vnet).isEqualTo(ResourceId.virtualNetwork(SUB, "net", "hub"));
    assertThat(vnet.kind()).isEqualTo(ResourceId.Kind.VIRTUAL_NETWORK);
    assertThat(vnet.parent()).isEmpty();
    assertThat(ResourceId.slot(SUB, "rg", "shop", "staging").parent())
        .contains(ResourceId.site(SUB, "rg", "shop"));
  }

  @Test
  void childOfAVnetIsASubnet() {
    ResourceId vnet = ResourceId.virtualNetwork(SUB, "net", "hub");
    ResourceId subnet = vnet.child("subnets", "apps");

    assertThat(subnet).isEqualTo(ResourceId.parse(SUBNET_TEXT));
    assertThat(subnet.kind()).isEqualTo(ResourceId.Kind.SUBNET);
  }

  @Test
  @DisplayName("ARM ids compare ignoring case; toString keeps the parts' parsed spelling")
  void equalityIgnoresCase() {
    ResourceId original = ResourceId.parse(SUBNET_TEXT);
    ResourceId upper = ResourceId.parse(SUBNET_TEXT.toUpperCase(Locale.ROOT));
    ResourceId lower = ResourceId.parse(SUBNET_TEXT.toLowerCase(Locale.ROOT));

    assertThat(upper).isEqualTo(original).isEqualTo(lower);
    assertThat(upper.hashCode()).isEqualTo(original.hashCode()).isEqualTo(lower.hashCode());
    assertThat(upper.compareTo(original)).isZero();
    assertThat(upper.kind()).isEqualTo(ResourceId.Kind.SUBNET);
    assertThat(upper)
        .hasToString(
            "/subscriptions/"
                + SUB
                + "/resourceGroups/NET/providers/MICROSOFT.NETWORK/VIRTUALNETWORKS/HUB/SUBNETS/APPS");
    assertThat(original).hasToString(SUBNET_TEXT);
  }

  @Test
  void differentIdsAreOrderedConsistentlyWithEquals() {
    ResourceId a = ResourceId.site(SUB, "rg", "alpha");
    ResourceId b = ResourceId.site(SUB, "RG", "Beta");

    assertThat(a).isNotEqualTo(b);
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
  }

  @Test
  void sameSubscriptionIgnoresCase() {
    ResourceId a = ResourceId.site("abcdef00-0000-0000-0000-000000000001", "rg", "a");
    ResourceId b = ResourceId.site("ABCDEF00-0000-0000-0000-000000000001", "other", "b");
    ResourceId c = ResourceId.site("abcdef00-0000-0000-0000-000000000002", "rg", "a");

    assertThat(a.sameSubscription(b)).isTrue();
    assertThat(a.sameSubscription(c)).isFalse();
  }

  @Test
  void tryParseReturnsEmptyForMalformedIds() {
    assertThat(ResourceId.tryParse(SUBNET_TEXT)).contains(ResourceId.parse(SUBNET_TEXT));
    assertThat(ResourceId.tryParse("/subscriptions/nope")).isEqualTo(Optional.empty());
  }

  @Test
  void requireKindReturnsTheIdOrNamesItInTheMessage() {
    ResourceId site = ResourceId.site(SUB, "rg", "shop");

    assertThat(site.requireKind(ResourceId.Kind.SITE, "app id")).isSameAs(site);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> site.requireKind(ResourceId.Kind.SERVER_FARM, "plan id"))
        .withMessageContaining("plan id '" + site + "'")
        .withMessageContaining("Microsoft.Web/serverFarms");
  }

  // ---- malformed ids: each offending part is named ----

  @Test
  void rejectsAnIdWithoutLeadingSubscriptions() {
    String id = "subscriptions/" + SUB + "/resourceGroups/net/providers/Microsoft.Web/sites/a";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("/subscriptions/");

    String wrongWord =
        "/subscription/" + SUB + "/resourceGroups/net/providers/Microsoft.Web/sites/a";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(wrongWord))
        .withMessageContaining("'" + wrongWord + "'")
        .withMessageContaining("/subscriptions/");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(""))
        .withMessageContaining("''");
  }

  @Test
  void rejectsANonGuidSubscription() {
    String id = "/subscriptions/my-sub/resourceGroups/net/providers/Microsoft.Web/sites/a";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("subscription 'my-sub'")
        .withMessageContaining("GUID");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"rg.", "''", "a b", "rg#1"})
  void rejectsABadResourceGroup(String group) {
    String id =
        "/subscriptions/" + SUB + "/resourceGroups/" + group + "/providers/Microsoft.Web/sites/a";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("resource group '" + group + "'");
  }

  @Test
  void rejectsAnIdWithoutResourceGroups() {
    String id = "/subscriptions/" + SUB + "/providers/Microsoft.Web/sites/a";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("/resourceGroups/");
  }

  @Test
  void rejectsAnIdWithoutProviders() {
    String id = "/subscriptions/" + SUB + "/resourceGroups/net/Microsoft.Web/sites/a";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("/providers/");
  }

  @ParameterizedTest
  @CsvSource({"Microsoft", "Microsoft.", "1Microsoft.Web", "Microsoft..Web"})
  void rejectsABadProviderNamespace(String namespace) {
    String id = PREFIX + namespace + "/sites/a";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("provider namespace '" + namespace + "'");
  }

  @ParameterizedTest
  @CsvSource({
    "Microsoft.Network, 0",
    "Microsoft.Network/virtualNetworks, 1",
    "Microsoft.Network/virtualNetworks/v1/subnets, 3",
    "Microsoft.Network/virtualNetworks/v1/, 3"
  })
  void rejectsOddTypeNamePairs(String tail, int trailing) {
    String id = PREFIX + tail;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("found " + trailing + " trailing segment(s)");
  }

  @Test
  void rejectsAnEmptyName() {
    String id = PREFIX + "Microsoft.Network/virtualNetworks//subnets/apps";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("virtualNetworks name ''");
  }

  @Test
  void rejectsANameStartingWithASpaceOrHoldingAReservedCharacter() {
    String spaced = PREFIX + "Microsoft.Web/sites/ shop";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(spaced))
        .withMessageContaining("sites name ' shop'");
    String hash = PREFIX + "Microsoft.Web/sites/shop#1";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(hash))
        .withMessageContaining("sites name 'shop#1'");
  }

  @Test
  void rejectsABadType() {
    String id = PREFIX + "Microsoft.Network/virtual-networks/v1";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.parse(id))
        .withMessageContaining("'" + id + "'")
        .withMessageContaining("resource type 'virtual-networks'");
  }

  @Test
  @DisplayName("a factory part holding '/' is rejected, not read as more segments")
  void factoriesRejectPartsHoldingSlashes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.site(SUB, "rg", "shop/slots/staging"))
        .withMessageContaining("name 'shop/slots/staging'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.site(SUB, "rg/providers/Microsoft.Web/sites/x", "y"))
        .withMessageContaining("resourceGroup 'rg/providers/Microsoft.Web/sites/x'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.virtualNetwork(SUB, "rg", "v").child("subnets", "a/b/c"))
        .withMessageContaining("name 'a/b/c'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.of(SUB, "rg", "Microsoft.Web", "sites/x", "y"))
        .withMessageContaining("type 'sites/x'");
  }

  @Test
  void factoriesRejectMalformedPartsWithParseMessages() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.serverFarm("not-a-guid", "rg", "p"))
        .withMessageContaining("subscription 'not-a-guid'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.of(SUB, "rg", "Microsoft.Web", "sites"))
        .withMessageContaining("found 1 trailing segment(s)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceId.of(SUB, "rg", "Microsoft.Web"))
        .withMessageContaining("found 0 trailing segment(s)");
  }

  @Test
  void nullsAreRejectedWithTheParameterName() {
    assertThatNullPointerException().isThrownBy(() -> ResourceId.parse(nullString()));
    assertThatNullPointerException()
        .isThrownBy(() -> ResourceId.site(SUB, nullString(), "a"))
        .withMessageContaining("resourceGroup");
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }
}
