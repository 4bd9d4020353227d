package io.github.vnetkit.model;

/** Case-changed spellings of text, for properties that check case-insensitive parsing. */
final class CaseVariants {

  private CaseVariants() {}

  /** {@code text} with the case of every {@code stride}-th character flipped, from the first. */
  static String flipCase(String text, int stride) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i % stride == 0) {
        c = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
