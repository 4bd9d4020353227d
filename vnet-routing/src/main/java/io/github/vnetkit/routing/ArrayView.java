package io.github.vnetkit.routing;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable list over the first {@code size} elements of an array that nobody writes after
 * construction: how decisions carry their steps and findings without copying.
 */
final class ArrayView<T> extends AbstractList<T> implements RandomAccess {

  private final T[] elements;
  private final int size;

  ArrayView(T[] elements, int size) {
    this.elements = elements;
    this.size = size;
  }

  @Override
  public T get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "index (" + index + ") must be less than size (" + size + ")");
    }
    return elements[index];
  }

  @Override
  public int size() {
    return size;
  }
}
