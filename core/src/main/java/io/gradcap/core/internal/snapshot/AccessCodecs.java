package io.gradcap.core.internal.snapshot;

import static io.gradcap.core.internal.codec.Codecs.SHARED_TEXT;
import static io.gradcap.core.internal.codec.Codecs.TEXT;
import static io.gradcap.core.internal.codec.Shape.field;
import static io.gradcap.core.internal.snapshot.RecordCodecs.STUDENT;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.access.Subject;
import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import io.gradcap.core.internal.codec.Shape;
import org.jspecify.annotations.Nullable;

/** The people who act and the students acted on. */
public final class AccessCodecs {

  private AccessCodecs() {}

  /** An actor, in full the first time and then by its number. */
  public static final Codec<Actor> ACTOR =
      Codecs.referenced(
          Shape.of(
                  Actor::new,
                  field("id", Actor::id, TEXT),
                  field("name", Actor::name, SHARED_TEXT),
                  field("role", Actor::role, Codecs.enumOf(Role.class)),
                  field("colleges", Actor::colleges, Codecs.set(SHARED_TEXT)),
                  field("classGroups", Actor::classGroups, Codecs.set(SHARED_TEXT)),
                  field("student", Actor::student, Codecs.nullable(STUDENT)))
              .array());

  public static final Codec<@Nullable Actor> NULLABLE_ACTOR = Codecs.nullable(ACTOR);

  /** A subject: three values within its owner's array. */
  public static final Codec<Subject> SUBJECT =
      Shape.of(
              Subject::new,
              field("college", Subject::college, SHARED_TEXT),
              field("classGroup", Subject::classGroup, SHARED_TEXT),
              field("student", Subject::student, STUDENT))
          .inline();
}
