package dev.newsfold.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded helpers over {@link SplittableRandom}; every random choice in the generator goes through here. */
final class Rng {
  private final SplittableRandom random;

  Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** An independent stream for (seed, stream, index), stable whatever else is generated. */
  static Rng derive(long seed, long stream, long index) {
    return new Rng(mix(mix(seed ^ mix(stream + 0x632BE59BD9B4E019L)) + index));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Uniform in [lo, hi], both inclusive. */
  int between(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  double nextDouble() {
    return random.nextDouble();
  }

  long nextLong() {
    return random.nextLong();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  String pick(String[] items) {
    return items[random.nextInt(items.length)];
  }

  /** Index drawn with the given relative weights. */
  int weighted(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Fisher-Yates shuffle in place. */
  <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }

  /** n lowercase hex digits. */
  String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }
}
