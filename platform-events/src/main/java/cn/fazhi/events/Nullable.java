package cn.fazhi.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of an event payload that may be {@code null} (its JSON Schema allows {@code "null"}).
 * Every other field must be present and non-null: a consumer treats an event that lacks one as
 * poison instead of reading a default into it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Nullable {
}
