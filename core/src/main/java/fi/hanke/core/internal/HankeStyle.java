package fi.hanke.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one code-generation style of every Hanke value type (<i>arvotyyppien tyyli</i>).
 *
 * <p>A value is written as a package-private abstract class named {@code XDef}; Immutables generates the
 * public final class {@code X} with {@code X.builder()}, {@code withY(..)} copies and structural equality.
 * Users never see an {@code Immutable*} name. Collections are immutable lists in document order and no
 * attribute is ever {@code null}: optional facts are {@link java.util.Optional}.
 *
 * <p>Lists are the JDK's own unmodifiable lists ({@code List.copyOf}, {@code jdk9Collections}): one copy of the
 * builder's elements where {@code Collections.unmodifiableList(new ArrayList<>(..))} made two objects and a
 * wrapper that every loop of a rule went through. The JDK would make maps {@code Map.copyOf}, whose order changes
 * from run to run, so the one map of the model (a cost line's amounts by year) is a sorted map.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    jdk9Collections = true,
    depluralize = true,
    depluralizeDictionary = {"municipality:municipalities", "breakdown:breakdowns", "entry:entries"},
    allowedClasspathAnnotations = {Override.class})
public @interface HankeStyle {}
