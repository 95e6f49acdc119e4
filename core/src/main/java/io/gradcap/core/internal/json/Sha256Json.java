package io.gradcap.core.internal.json;

import io.gradcap.spi.evidence.Sha256;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes and reads a {@link Sha256} in the two forms the journal has always stored. Before there
 * was one hash type, evidence files and original checks held the hash as a string, written {@code
 * "sha256":"9f86…"}, while images and dispute evidence held a record, written {@code
 * "image":{"hex":"9f86…"}}. Both forms stay exactly as they were, so that old journals read and a
 * repeated command hashes to the same idempotency key: the record that declares a property decides
 * its form, and reading takes either form anywhere.
 */
public final class Sha256Json {

  private Sha256Json() {}

  /** A writer that writes the hash as a plain string in properties of the given records. */
  public static ValueSerializer<Sha256> writer(Set<Class<?>> writtenAsText) {
    return new Writer(Set.copyOf(writtenAsText), false);
  }

  /** A reader that takes a plain string or {@code {"hex":"…"}}. */
  public static StdDeserializer<Sha256> reader() {
    return new Reader();
  }

  private static final class Writer extends StdSerializer<Sha256> {
    private final Set<Class<?>> writtenAsText;
    private final boolean asText;

    Writer(Set<Class<?>> writtenAsText, boolean asText) {
      super(Sha256.class);
      this.writtenAsText = writtenAsText;
      this.asText = asText;
    }

    @Override
    public ValueSerializer<?> createContextual(
        SerializationContext ctxt, @Nullable BeanProperty property) {
      boolean text =
          property != null
              && property.getMember() != null
              && writtenAsText.contains(property.getMember().getDeclaringClass());
      return text == asText ? this : new Writer(writtenAsText, text);
    }

    @Override
    public void serialize(Sha256 value, JsonGenerator gen, SerializationContext ctxt) {
      if (asText) {
        gen.writeString(value.hex());
      } else {
        gen.writeStartObject();
        gen.writeStringProperty("hex", value.hex());
        gen.writeEndObject();
      }
    }
  }

  private static final class Reader extends StdDeserializer<Sha256> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Sha256.class);
    }

    @Override
    public Sha256 deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        // The string form was always written folded to lower case; parse also folds older input.
        return Sha256.parse(p.getString());
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Sha256) ctxt.handleUnexpectedToken(Sha256.class, p);
      }
      @Nullable String hex = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        if (p.nextToken() == JsonToken.VALUE_STRING && name.equals("hex")) {
          hex = p.getString();
        } else {
          p.skipChildren();
        }
      }
      if (hex == null) {
        return (Sha256) ctxt.handleUnexpectedToken(Sha256.class, p);
      }
      return new Sha256(hex);
    }
  }
}
