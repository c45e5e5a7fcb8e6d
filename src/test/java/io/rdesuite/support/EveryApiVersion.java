package io.rdesuite.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated scenario class once per selected API version ({@link SuiteVersions#selected()}): a JUnit
 * class template whose runs are named by the version ("v3", "v1"). While a run goes on,
 * {@link SuiteVersions#current()} is its version, so {@link TargetApi#current()} and {@link Scenario#covers} speak
 * that version. A {@code @BeforeAll} method runs once, in the first version's run, not once per version: set-up a
 * version's scenarios share is made once per {@link TargetApi} instead (e.g. {@link TargetApi#completedReports()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ClassTemplate
@ExtendWith(ApiVersionRuns.class)
public @interface EveryApiVersion {
}
