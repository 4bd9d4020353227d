package io.github.vnetkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --prefix} option: a subnet prefix length written as {@code 26} or {@code /26}. */
final class PrefixOption {

  @Option(
      names = "--prefix",
      required = true,
      paramLabel = "LENGTH",
      converter = PrefixOption.Converter.class,
      description = "Subnet prefix length, 2 to 29 (26 or /26).")
  int prefixLength;

  /** Reads {@code 26} or {@code /26}. */
  static final class Converter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String digits = value.startsWith("/") ? value.substring(1) : value;
      if (!digits.matches("[0-9]{1,3}")) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a prefix length; expected a number such as 26 or /26");
      }
      return Integer.parseInt(digits);
    }
  }
}
