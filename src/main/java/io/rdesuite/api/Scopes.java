package io.rdesuite.api;

import java.util.Set;

/** The OAuth scopes of the Reports Data Extraction operations. */
public final class Scopes {

    public static final String READ = "sp:report:read";
    public static final String MANAGE = "sp:report:manage";

    /** What the read operations accept: either scope. */
    public static final Set<String> READ_OR_MANAGE = Set.of(READ, MANAGE);
    /** What the operations that change state accept. */
    public static final Set<String> MANAGE_ONLY = Set.of(MANAGE);

    private Scopes() {
    }
}
