package io.gradcap.core.internal.codec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;

/**
 * The codecs of values and collections that shapes are made of.
 *
 * <p>The codecs of optional values ({@code Codec<@Nullable T>}) write and read {@code null}; the
 * nullness checker does not follow a nullable type argument into them, hence the warnings they
 * suppress.
 */
public final class Codecs {

  private Codecs() {}

  public static final Codec<String> TEXT =
      new Codec<>() {
        @Override
        public void write(Out out, String value) {
          out.generator().writeString(value);
        }

        @Override
        public String read(In in) {
          return in.text();
        }
      };

  /** A text that recurs, such as a college or a value: read once and then shared. */
  public static final Codec<String> SHARED_TEXT = interned(text -> text, text -> text);

  public static final Codec<@Nullable String> NULLABLE_TEXT = nullable(TEXT);

  public static final Codec<@Nullable String> NULLABLE_SHARED_TEXT = nullable(SHARED_TEXT);

  public static final Codec<Long> LONG =
      new Codec<>() {
        @Override
        public void write(Out out, Long value) {
          out.generator().writeNumber(value.longValue());
        }

        @Override
        public Long read(In in) {
          return in.longValue();
        }
      };

  public static final Codec<Integer> INT =
      new Codec<>() {
        @Override
        public void write(Out out, Integer value) {
          out.generator().writeNumber(value.intValue());
        }

        @Override
        public Integer read(In in) {
          return in.intValue();
        }
      };

  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public void write(Out out, Boolean value) {
          out.generator().writeBoolean(value);
        }

        @Override
        public Boolean read(In in) {
          JsonToken t = in.current();
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new IllegalArgumentException("expected a boolean, found " + t);
          }
          return t == JsonToken.VALUE_TRUE;
        }
      };

  /** A date as its epoch day. */
  public static final Codec<LocalDate> DATE =
      new Codec<>() {
        @Override
        public void write(Out out, LocalDate value) {
          out.generator().writeNumber(value.toEpochDay());
        }

        @Override
        public LocalDate read(In in) {
          return LocalDate.ofEpochDay(in.longValue());
        }
      };

  /** A time as two values: its epoch second and its nanosecond. */
  public static final Codec<@Nullable Instant> NULLABLE_INSTANT =
      new Codec<>() {
        @Override
        public void write(Out out, @Nullable Instant value) {
          JsonGenerator g = out.generator();
          if (value == null) {
            g.writeNull();
            g.writeNull();
          } else {
            g.writeNumber(value.getEpochSecond());
            g.writeNumber(value.getNano());
          }
        }

        @Override
        @SuppressWarnings("NullAway")
        public @Nullable Instant read(In in) {
          if (in.current() == JsonToken.VALUE_NULL) {
            in.expect(in.next(), JsonToken.VALUE_NULL);
            return null;
          }
          long seconds = in.longValue();
          in.next();
          return Instant.ofEpochSecond(seconds, in.intValue());
        }
      };

  /** A time as two values: its epoch second and its nanosecond. */
  public static final Codec<Instant> INSTANT =
      new Codec<>() {
        @Override
        public void write(Out out, Instant value) {
          NULLABLE_INSTANT.write(out, value);
        }

        @Override
        public Instant read(In in) {
          Instant at = NULLABLE_INSTANT.read(in);
          if (at == null) {
            throw new IllegalArgumentException("a time is missing");
          }
          return at;
        }
      };

  /** A constant by its name. */
  public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    return text(name -> Enum.valueOf(type, name), Enum::name);
  }

  /** A value written as a text. */
  public static <T> Codec<T> text(Function<String, T> parse, Function<T, String> format) {
    return new Codec<>() {
      @Override
      public void write(Out out, T value) {
        out.generator().writeString(format.apply(value));
      }

      @Override
      public T read(In in) {
        return parse.apply(in.text());
      }
    };
  }

  /**
   * A value written as a text that recurs in a stream, such as a student number: each text is
   * parsed once and its value shared.
   */
  public static <T> Codec<T> interned(Function<String, T> parse, Function<T, String> format) {
    Slot<Map<String, T>> known = new Slot<>(HashMap::new);
    return new Codec<>() {
      @Override
      public void write(Out out, T value) {
        out.generator().writeString(format.apply(value));
      }

      @Override
      public T read(In in) {
        String text = in.text();
        Map<String, T> values = in.state(known);
        T value = values.get(text);
        if (value == null) {
          value = parse.apply(text);
          values.put(text, value);
        }
        return value;
      }
    };
  }

  /** A value that may be missing, written as {@code null}; for codecs of one JSON value. */
  public static <T> Codec<@Nullable T> nullable(Codec<T> codec) {
    return new Codec<>() {
      @Override
      public void write(Out out, @Nullable T value) {
        if (value == null) {
          out.generator().writeNull();
        } else {
          codec.write(out, value);
        }
      }

      @Override
      @SuppressWarnings("NullAway")
      public @Nullable T read(In in) {
        return in.current() == JsonToken.VALUE_NULL ? null : codec.read(in);
      }
    };
  }

  /**
   * A value written in full the first time and then by its number, the count of values written
   * before it: for values that recur, such as the people who act.
   */
  public static <T> Codec<T> referenced(Codec<T> codec) {
    Slot<Map<T, Integer>> numbers = new Slot<>(HashMap::new);
    Slot<List<T>> values = new Slot<>(ArrayList::new);
    return new Codec<>() {
      @Override
      public void write(Out out, T value) {
        Map<T, Integer> known = out.state(numbers);
        Integer number = known.get(value);
        if (number != null) {
          out.generator().writeNumber(number.intValue());
          return;
        }
        known.put(value, known.size());
        codec.write(out, value);
      }

      @Override
      public T read(In in) {
        List<T> known = in.state(values);
        if (in.current() == JsonToken.VALUE_NUMBER_INT) {
          int number = in.intValue();
          if (number < 0 || number >= known.size()) {
            throw new IllegalArgumentException("no value numbered " + number);
          }
          return known.get(number);
        }
        T value = codec.read(in);
        known.add(value);
        return value;
      }
    };
  }

  /** The elements in one array. */
  public static <E> Codec<List<E>> list(Codec<E> element) {
    return collection(element, ArrayList::new);
  }

  /** The elements in one array, read into a set in their order. */
  public static <E> Codec<Set<E>> set(Codec<E> element) {
    return collection(element, LinkedHashSet::new);
  }

  private static <E, C extends java.util.Collection<E>> Codec<C> collection(
      Codec<E> element, Supplier<? extends C> empty) {
    return new Codec<>() {
      @Override
      public void write(Out out, C values) {
        JsonGenerator g = out.generator();
        g.writeStartArray();
        for (E e : values) {
          element.write(out, e);
        }
        g.writeEndArray();
      }

      @Override
      public C read(In in) {
        in.expect(in.current(), JsonToken.START_ARRAY);
        C values = empty.get();
        while (in.next() != JsonToken.END_ARRAY) {
          values.add(element.read(in));
        }
        return values;
      }
    };
  }

  /** A map in one array, each key followed by its value. */
  public static <K, V> Codec<Map<K, V>> map(
      Codec<K> key, Codec<V> value, Supplier<Map<K, V>> empty) {
    return map(key, value, empty, false);
  }

  /** A map in one array, each key and its value in an array of their own. */
  public static <K, V> Codec<Map<K, V>> entries(
      Codec<K> key, Codec<V> value, Supplier<Map<K, V>> empty) {
    return map(key, value, empty, true);
  }

  private static <K, V> Codec<Map<K, V>> map(
      Codec<K> key, Codec<V> value, Supplier<Map<K, V>> empty, boolean wrapped) {
    return new Codec<>() {
      @Override
      public void write(Out out, Map<K, V> values) {
        JsonGenerator g = out.generator();
        g.writeStartArray();
        for (Map.Entry<K, V> e : values.entrySet()) {
          if (wrapped) {
            g.writeStartArray();
          }
          key.write(out, e.getKey());
          value.write(out, e.getValue());
          if (wrapped) {
            g.writeEndArray();
          }
        }
        g.writeEndArray();
      }

      @Override
      public Map<K, V> read(In in) {
        in.expect(in.current(), JsonToken.START_ARRAY);
        Map<K, V> values = empty.get();
        while (in.next() != JsonToken.END_ARRAY) {
          if (wrapped) {
            in.expect(in.current(), JsonToken.START_ARRAY);
            in.next();
          }
          K k = key.read(in);
          in.next();
          values.put(k, value.read(in));
          if (wrapped) {
            in.expect(in.next(), JsonToken.END_ARRAY);
          }
        }
        return values;
      }
    };
  }

  /** A value written as another one it converts to and from. */
  public static <A, B> Codec<B> converted(Codec<A> codec, Function<A, B> to, Function<B, A> from) {
    return new Codec<>() {
      @Override
      public void write(Out out, B value) {
        codec.write(out, from.apply(value));
      }

      @Override
      public B read(In in) {
        return to.apply(codec.read(in));
      }
    };
  }

  /** A value left to the stream's data binding, for rare parts. */
  public static <T> Codec<T> bound(TypeReference<T> type) {
    return new Codec<>() {
      @Override
      public void write(Out out, T value) {
        out.mapper().writeValue(out.generator(), value);
      }

      @Override
      public T read(In in) {
        return in.mapper().readValue(in.parser(), type);
      }
    };
  }
}
