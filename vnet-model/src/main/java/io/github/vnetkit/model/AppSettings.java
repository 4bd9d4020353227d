package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * An app's application settings, with names and values kept exactly as given (no trimming, no case
 * folding), because whether {@code WEBSITE_VNET_ROUTE_ALL= 1} counts is a decision for the legacy
 * rules (SPEC LEG-3), not for the model.
 *
 * <p>App Service treats setting names case-insensitively, so two names that differ only in case are
 * rejected. Settings are kept sorted by name, so equal sets of settings are equal whatever order
 * they were added in.
 *
 * <pre>{@code
 * AppSettings settings = AppSettings.builder()
 *     .put("WEBSITE_VNET_ROUTE_ALL", "1")
 *     .put("WEBSITE_DNS_SERVER", "10.0.0.4")
 *     .build();
 * settings.get("WEBSITE_VNET_ROUTE_ALL");            // Optional["1"]
 * settings.findIgnoringCase("website_vnet_route_all"); // Optional[WEBSITE_VNET_ROUTE_ALL=1]
 * }</pre>
 */
public final class AppSettings {

  private static final AppSettings EMPTY = new AppSettings(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, String> settings;
  private final ImmutableSortedMap<String, String> namesByLowerCase;

  private AppSettings(ImmutableSortedMap<String, String> settings) {
    this.settings = settings;
    ImmutableSortedMap.Builder<String, String> lower = ImmutableSortedMap.naturalOrder();
    for (String name : settings.keySet()) {
      lower.put(name.toLowerCase(Locale.ROOT), name);
    }
    this.namesByLowerCase = lower.buildOrThrow();
  }

  /** No settings. */
  public static AppSettings empty() {
    return EMPTY;
  }

  /**
   * The settings in {@code map}.
   *
   * @throws IllegalArgumentException if a name is empty, or two names differ only in case
   */
  public static AppSettings of(Map<String, String> map) {
    Builder builder = builder();
    map.forEach(builder::put);
    return builder.build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AppSettings}; names must be unique ignoring case. */
  public static final class Builder {
    private final Map<String, String> settings = new HashMap<>();
    private final Map<String, String> namesByLowerCase = new HashMap<>();

    private Builder() {}

    /**
     * Adds a setting.
     *
     * @throws IllegalArgumentException if {@code name} is empty, or a setting with the same name
     *     ignoring case was already added (App Service names are case-insensitive)
     */
    public Builder put(String name, String value) {
      requireNonNull(name, "name");
      requireNonNull(value, "value of app setting '" + name + "'");
      checkArgument(!name.isEmpty(), "app setting name must not be empty");
      String previous = namesByLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      checkArgument(
          previous == null,
          "app setting '%s' duplicates '%s': App Service setting names are case-insensitive, so"
              + " a name may appear only once",
          name,
          previous);
      settings.put(name, value);
      return this;
    }

    /**
     * Adds every setting of {@code other}.
     *
     * @throws IllegalArgumentException as {@link #put(String, String)}
     */
    public Builder putAll(AppSettings other) {
      other.settings.forEach(this::put);
      return this;
    }

    /** Builds the settings. */
    public AppSettings build() {
      return settings.isEmpty() ? EMPTY : new AppSettings(ImmutableSortedMap.copyOf(settings));
    }
  }

  /** The value of the setting named exactly {@code name}, if present. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(settings.get(requireNonNull(name, "name")));
  }

  /**
   * The setting whose name equals {@code name} ignoring case, with its name as written, if present.
   * Legacy diagnostics use it to report names that match a known setting only when case is ignored.
   */
  public Optional<Map.Entry<String, String>> findIgnoringCase(String name) {
    @Nullable String actual =
        namesByLowerCase.get(requireNonNull(name, "name").toLowerCase(Locale.ROOT));
    if (actual == null) {
      return Optional.empty();
    }
    String value = requireNonNull(settings.get(actual));
    return Optional.of(Map.entry(actual, value));
  }

  /** Whether a setting named exactly {@code name} is present. */
  public boolean contains(String name) {
    return settings.containsKey(requireNonNull(name, "name"));
  }

  /** The settings, sorted by name. */
  public SortedMap<String, String> asMap() {
    return settings;
  }

  /** The number of settings. */
  public int size() {
    return settings.size();
  }

  /** Whether there are no settings. */
  public boolean isEmpty() {
    return settings.isEmpty();
  }

  /** A copy with the setting {@code name} removed (exact name); this instance if it is absent. */
  public AppSettings without(String name) {
    if (!contains(name)) {
      return this;
    }
    Builder b = builder();
    settings.forEach(
        (k, v) -> {
          if (!k.equals(name)) {
            b.put(k, v);
          }
        });
    return b.build();
  }

  /**
   * A copy with {@code name} set to {@code value}, replacing a setting of the same name ignoring
   * case.
   */
  public AppSettings with(String name, String value) {
    Builder b = builder();
    settings.forEach(
        (k, v) -> {
          if (!k.equalsIgnoreCase(name)) {
            b.put(k, v);
          }
        });
    return b.put(name, value).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AppSettings other && other.settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  @Override
  public String toString() {
    return settings.toString();
  }
}
