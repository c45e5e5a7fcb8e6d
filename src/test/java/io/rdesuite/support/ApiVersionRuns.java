package io.rdesuite.support;

import io.rdesuite.api.ApiVersion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The runs of an {@link EveryApiVersion} class: one per selected version, named by its label. */
final class ApiVersionRuns implements ClassTemplateInvocationContextProvider {

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return SuiteVersions.selected().stream().map(Run::new);
    }

    /** One version's run: its display name is the label; {@link SuiteVersions#current()} is the version meanwhile. */
    private record Run(ApiVersion version) implements ClassTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return version.label();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Current(version));
        }
    }

    private static final class Current implements BeforeClassTemplateInvocationCallback,
            AfterClassTemplateInvocationCallback {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Current.class);
        private final ApiVersion version;

        Current(ApiVersion version) {
            this.version = version;
        }

        @Override
        public void beforeClassTemplateInvocation(ExtensionContext context) {
            context.getStore(NAMESPACE).put(Current.class, SuiteVersions.running(version));
        }

        @Override
        public void afterClassTemplateInvocation(ExtensionContext context) {
            SuiteTarget.Scope scope = context.getStore(NAMESPACE).remove(Current.class, SuiteTarget.Scope.class);
            if (scope != null) {
                scope.close();
            }
        }
    }
}
