package io.gradcap.core.internal.json;

import java.lang.reflect.Constructor;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Creates the campaign's records through their constructors directly. Jackson 3 calls a creator
 * with {@code MethodHandle.invokeWithArguments}, which costs more than the rest of decoding a small
 * event; {@link Constructor#newInstance} does not. Anything that fails here goes through Jackson's
 * own path again, so errors are exactly Jackson's.
 */
public final class DirectCreators implements ValueInstantiators {

  @Override
  public @Nullable ValueInstantiator findValueInstantiator(
      DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    return null;
  }

  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config,
      BeanDescription.Supplier beanDescRef,
      ValueInstantiator defaultInstantiator) {
    Constructor<?> constructor = constructorOf(defaultInstantiator);
    return constructor == null ? defaultInstantiator : new Direct(defaultInstantiator, constructor);
  }

  /**
   * The record constructor the instantiator creates with, if it is one of gradcap's and callable
   * from here.
   */
  private static @Nullable Constructor<?> constructorOf(ValueInstantiator instantiator) {
    if (!instantiator.canCreateFromObjectWith()
        || !(instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator)) {
      return null;
    }
    Constructor<?> constructor = creator.getAnnotated();
    Class<?> type = constructor.getDeclaringClass();
    if (!type.isRecord()
        || !type.getName().startsWith("io.gradcap.")
        || !constructor.canAccess(null)) {
      return null;
    }
    return constructor;
  }

  private static final class Direct extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    private final transient Constructor<?> constructor;

    Direct(ValueInstantiator delegate, Constructor<?> constructor) {
      super(delegate);
      this.constructor = constructor;
    }

    @Override
    public ValueInstantiator createContextual(
        DeserializationContext ctxt, BeanDescription.Supplier beanDescRef) {
      ValueInstantiator contextual = delegate().createContextual(ctxt, beanDescRef);
      if (contextual == delegate()) {
        return this;
      }
      Constructor<?> other = constructorOf(contextual);
      return other == null ? contextual : new Direct(contextual, other);
    }

    @Override
    public Object createFromObjectWith(
        DeserializationContext ctxt, SettableBeanProperty[] props, PropertyValueBuffer buffer)
        throws JacksonException {
      return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args)
        throws JacksonException {
      try {
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Jackson's own path reports the problem as it always has.
        return delegate().createFromObjectWith(ctxt, args);
      }
    }
  }
}
