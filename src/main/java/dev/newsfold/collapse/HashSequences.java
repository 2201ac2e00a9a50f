package dev.newsfold.collapse;

/** Comparisons of hash sequences: sentences in order, figures as multisets. */
final class HashSequences {
  private HashSequences() {}

  /** The longest common subsequence: how many of one copy's sentences the other gives in the same order. */
  static int inOrder(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    long[] outer = a.length >= b.length ? a : b;
    long[] inner = outer == a ? b : a;
    int[] previous = new int[inner.length + 1];
    int[] current = new int[inner.length + 1];
    for (long x : outer) {
      for (int j = 1; j <= inner.length; j++) {
        current[j] = x == inner[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[inner.length];
  }

  /** How many values of sorted {@code a} (repeats counted) have no partner left in sorted {@code b}. */
  static int missing(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int missing = 0;
    while (i < a.length) {
      if (j == b.length || a[i] < b[j]) {
        missing++;
        i++;
      } else if (a[i] == b[j]) {
        i++;
        j++;
      } else {
        j++;
      }
    }
    return missing;
  }
}
