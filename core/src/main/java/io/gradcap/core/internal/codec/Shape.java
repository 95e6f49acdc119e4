package io.gradcap.core.internal.codec;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A record's components in order, each with its name, its accessor and its codec. Writing and
 * reading are both driven from this one list, and reading builds the record with its canonical
 * constructor: a component added to the record is added here, in one place, and the compiler asks
 * for it.
 *
 * <p>A shape is written as an {@linkplain #array() array}, {@linkplain #inline() inline} within its
 * owner's array, or as an {@linkplain #object(String, long) object} of named members.
 */
public final class Shape<T> {

  /**
   * One component: its name, how to get it from the record, its codec, and what it reads as when
   * missing at the end of an object ({@code null}: it may not be missing).
   */
  public record Field<T, V>(String name, Function<T, V> get, Codec<V> codec, @Nullable V fallback) {

    /** The same component, which snapshots written before it existed end without. */
    public Field<T, V> orElse(V fallback) {
      return new Field<>(name, get, codec, fallback);
    }
  }

  public static <T, V> Field<T, V> field(String name, Function<T, V> get, Codec<V> codec) {
    return new Field<>(name, get, codec, null);
  }

  private final Field<T, ?>[] fields;
  private final Function<@Nullable Object[], T> make;

  @SafeVarargs
  private Shape(Function<@Nullable Object[], T> make, Field<T, ?>... fields) {
    this.make = make;
    this.fields = fields;
  }

  /** The component read into {@code values[i]}, of the type its field declares. */
  @SuppressWarnings({"unchecked", "NullAway", "TypeParameterUnusedInFormals"})
  private static <V> V at(@Nullable Object[] values, int i) {
    return (V) values[i];
  }

  private static <T, V> void write(Out out, Field<T, V> field, T value) {
    field.codec().write(out, field.get().apply(value));
  }

  @SuppressWarnings({"unchecked", "NullAway"})
  private static <T, V> void writeNull(Out out, Field<T, V> field) {
    field.codec().write(out, (V) null);
  }

  private void writeComponents(Out out, T value) {
    for (Field<T, ?> field : fields) {
      write(out, field, value);
    }
  }

  /** The components, the first starting on the current token. */
  private @Nullable Object[] readComponents(In in) {
    @Nullable Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        in.next();
      }
      values[i] = fields[i].codec().read(in);
    }
    return values;
  }

  /** The components one after the other in an array of their own. */
  public Codec<T> array() {
    return new Codec<>() {
      @Override
      public void write(Out out, T value) {
        JsonGenerator g = out.generator();
        g.writeStartArray();
        writeComponents(out, value);
        g.writeEndArray();
      }

      @Override
      public T read(In in) {
        in.expect(in.current(), JsonToken.START_ARRAY);
        in.next();
        T value = make.apply(readComponents(in));
        in.expect(in.next(), JsonToken.END_ARRAY);
        return value;
      }
    };
  }

  /** The components one after the other, within the array of the record that holds this one. */
  public Codec<T> inline() {
    return new Codec<>() {
      @Override
      public void write(Out out, T value) {
        writeComponents(out, value);
      }

      @Override
      public T read(In in) {
        return make.apply(readComponents(in));
      }
    };
  }

  /**
   * Like {@link #inline()}, for a record that may be missing: then each component is written as
   * missing, and a record with any component missing reads as missing. The components' codecs must
   * write and read {@code null}.
   */
  public Codec<@Nullable T> inlineOrNull() {
    return new Codec<>() {
      @Override
      public void write(Out out, @Nullable T value) {
        if (value != null) {
          writeComponents(out, value);
          return;
        }
        for (Field<T, ?> field : fields) {
          writeNull(out, field);
        }
      }

      @Override
      @SuppressWarnings("NullAway")
      public @Nullable T read(In in) {
        @Nullable Object[] values = readComponents(in);
        for (Object v : values) {
          if (v == null) {
            return null;
          }
        }
        return make.apply(values);
      }
    };
  }

  /**
   * An object whose first member is the tag with the encoding's version, followed by one member per
   * component; reading refuses another version.
   */
  public Codec<T> object(String tag, long version) {
    return new Codec<>() {
      @Override
      public void write(Out out, T value) {
        JsonGenerator g = out.generator();
        g.writeStartObject();
        g.writeName(tag);
        g.writeNumber(version);
        for (Field<T, ?> field : fields) {
          g.writeName(field.name());
          Shape.write(out, field, value);
        }
        g.writeEndObject();
      }

      @Override
      public T read(In in) {
        in.expect(in.current(), JsonToken.START_OBJECT);
        in.name(tag);
        in.next();
        if (in.longValue() != version) {
          throw new IllegalArgumentException("not encoding " + version);
        }
        @Nullable Object[] values = new Object[fields.length];
        boolean ended = false;
        for (int i = 0; i < fields.length; i++) {
          Field<T, ?> field = fields[i];
          if (!ended) {
            JsonToken t = in.next();
            if (t == JsonToken.END_OBJECT && field.fallback() != null) {
              ended = true;
            } else {
              in.expect(t, JsonToken.PROPERTY_NAME);
              String name = in.parser().currentName();
              if (!field.name().equals(name)) {
                throw new IllegalArgumentException("expected " + field.name() + ", found " + name);
              }
              in.next();
              values[i] = field.codec().read(in);
              continue;
            }
          }
          if (field.fallback() == null) {
            throw new IllegalArgumentException(field.name() + " is missing");
          }
          values[i] = field.fallback();
        }
        if (!ended) {
          in.expect(in.next(), JsonToken.END_OBJECT);
        }
        return make.apply(values);
      }
    };
  }

  // ------------------------------------------------- one factory per number of components

  public static <T, A> Shape<T> of(Make1<A, T> make, Field<T, A> a) {
    return new Shape<>(v -> make.make(at(v, 0)), a);
  }

  public static <T, A, B> Shape<T> of(Make2<A, B, T> make, Field<T, A> a, Field<T, B> b) {
    return new Shape<>(v -> make.make(at(v, 0), at(v, 1)), a, b);
  }

  public static <T, A, B, C> Shape<T> of(
      Make3<A, B, C, T> make, Field<T, A> a, Field<T, B> b, Field<T, C> c) {
    return new Shape<>(v -> make.make(at(v, 0), at(v, 1), at(v, 2)), a, b, c);
  }

  public static <T, A, B, C, D> Shape<T> of(
      Make4<A, B, C, D, T> make, Field<T, A> a, Field<T, B> b, Field<T, C> c, Field<T, D> d) {
    return new Shape<>(v -> make.make(at(v, 0), at(v, 1), at(v, 2), at(v, 3)), a, b, c, d);
  }

  public static <T, A, B, C, D, E> Shape<T> of(
      Make5<A, B, C, D, E, T> make,
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e) {
    return new Shape<>(
        v -> make.make(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4)), a, b, c, d, e);
  }

  public static <T, A, B, C, D, E, F> Shape<T> of(
      Make6<A, B, C, D, E, F, T> make,
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Field<T, F> f) {
    return new Shape<>(
        v -> make.make(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5)),
        a,
        b,
        c,
        d,
        e,
        f);
  }

  public static <T, A, B, C, D, E, F, G> Shape<T> of(
      Make7<A, B, C, D, E, F, G, T> make,
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Field<T, F> f,
      Field<T, G> g) {
    return new Shape<>(
        v -> make.make(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6)),
        a,
        b,
        c,
        d,
        e,
        f,
        g);
  }

  public static <T, A, B, C, D, E, F, G, H> Shape<T> of(
      Make8<A, B, C, D, E, F, G, H, T> make,
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Field<T, F> f,
      Field<T, G> g,
      Field<T, H> h) {
    return new Shape<>(
        v ->
            make.make(
                at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7)),
        a,
        b,
        c,
        d,
        e,
        f,
        g,
        h);
  }

  public static <T, A, B, C, D, E, F, G, H, I> Shape<T> of(
      Make9<A, B, C, D, E, F, G, H, I, T> make,
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Field<T, F> f,
      Field<T, G> g,
      Field<T, H> h,
      Field<T, I> i) {
    return new Shape<>(
        v ->
            make.make(
                at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7),
                at(v, 8)),
        a,
        b,
        c,
        d,
        e,
        f,
        g,
        h,
        i);
  }

  public static <T, A, B, C, D, E, F, G, H, I, J> Shape<T> of(
      Make10<A, B, C, D, E, F, G, H, I, J, T> make,
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Field<T, F> f,
      Field<T, G> g,
      Field<T, H> h,
      Field<T, I> i,
      Field<T, J> j) {
    return new Shape<>(
        v ->
            make.make(
                at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7),
                at(v, 8), at(v, 9)),
        a,
        b,
        c,
        d,
        e,
        f,
        g,
        h,
        i,
        j);
  }

  public static <T, A, B, C, D, E, F, G, H, I, J, K> Shape<T> of(
      Make11<A, B, C, D, E, F, G, H, I, J, K, T> make,
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Field<T, F> f,
      Field<T, G> g,
      Field<T, H> h,
      Field<T, I> i,
      Field<T, J> j,
      Field<T, K> k) {
    return new Shape<>(
        v ->
            make.make(
                at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7),
                at(v, 8), at(v, 9), at(v, 10)),
        a,
        b,
        c,
        d,
        e,
        f,
        g,
        h,
        i,
        j,
        k);
  }

  public static <T, A, B, C, D, E, F, G, H, I, J, K, L> Shape<T> of(
      Make12<A, B, C, D, E, F, G, H, I, J, K, L, T> make,
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Field<T, F> f,
      Field<T, G> g,
      Field<T, H> h,
      Field<T, I> i,
      Field<T, J> j,
      Field<T, K> k,
      Field<T, L> l) {
    return new Shape<>(
        v ->
            make.make(
                at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7),
                at(v, 8), at(v, 9), at(v, 10), at(v, 11)),
        a,
        b,
        c,
        d,
        e,
        f,
        g,
        h,
        i,
        j,
        k,
        l);
  }

  /** A constructor of 1 component. */
  @FunctionalInterface
  public interface Make1<A, T> {
    T make(A a);
  }

  /** A constructor of 2 components. */
  @FunctionalInterface
  public interface Make2<A, B, T> {
    T make(A a, B b);
  }

  /** A constructor of 3 components. */
  @FunctionalInterface
  public interface Make3<A, B, C, T> {
    T make(A a, B b, C c);
  }

  /** A constructor of 4 components. */
  @FunctionalInterface
  public interface Make4<A, B, C, D, T> {
    T make(A a, B b, C c, D d);
  }

  /** A constructor of 5 components. */
  @FunctionalInterface
  public interface Make5<A, B, C, D, E, T> {
    T make(A a, B b, C c, D d, E e);
  }

  /** A constructor of 6 components. */
  @FunctionalInterface
  public interface Make6<A, B, C, D, E, F, T> {
    T make(A a, B b, C c, D d, E e, F f);
  }

  /** A constructor of 7 components. */
  @FunctionalInterface
  public interface Make7<A, B, C, D, E, F, G, T> {
    T make(A a, B b, C c, D d, E e, F f, G g);
  }

  /** A constructor of 8 components. */
  @FunctionalInterface
  public interface Make8<A, B, C, D, E, F, G, H, T> {
    T make(A a, B b, C c, D d, E e, F f, G g, H h);
  }

  /** A constructor of 9 components. */
  @FunctionalInterface
  public interface Make9<A, B, C, D, E, F, G, H, I, T> {
    T make(A a, B b, C c, D d, E e, F f, G g, H h, I i);
  }

  /** A constructor of 10 components. */
  @FunctionalInterface
  public interface Make10<A, B, C, D, E, F, G, H, I, J, T> {
    T make(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j);
  }

  /** A constructor of 11 components. */
  @FunctionalInterface
  public interface Make11<A, B, C, D, E, F, G, H, I, J, K, T> {
    T make(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j, K k);
  }

  /** A constructor of 12 components. */
  @FunctionalInterface
  public interface Make12<A, B, C, D, E, F, G, H, I, J, K, L, T> {
    T make(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j, K k, L l);
  }
}
