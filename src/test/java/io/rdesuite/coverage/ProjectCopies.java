package io.rdesuite.coverage;

import io.rdesuite.api.ApiVersion;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where each version's project copy of its OpenAPI document is: contracts/openapi/reports-LABEL.yaml. */
final class ProjectCopies {

    private ProjectCopies() {
    }

    /**
     * {@code version}'s project copy in {@code documents}.
     * <p>
     * TRANSITIONAL: until every version's copy is in contracts/openapi, a version without one has v3's cells (the
     * five documents declare the same codes); said on the console. Delete this fallback once the copies are there.
     */
    static Path of(Path documents, ApiVersion version) {
        Path own = documents.resolve(version.projectDocument());
        if (Files.isRegularFile(own) || version == ApiVersion.V3) {
            return own;
        }
        Path v3 = documents.resolve(ApiVersion.V3.projectDocument());
        System.out.println("[coverage-matrix] no " + own.getFileName() + " yet: " + version.label()
                + "'s cells are read from " + v3.getFileName());
        return v3;
    }
}
