package io.rdesuite.contract.consumer;

import io.rdesuite.contract.ReportsPact;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One consumer test class at a time writes the pact, across JVMs: the unit tests run in two JVMs at once, and the
 * consumer classes merge their interactions into one pact file, which Pact JVM merges under a file lock only once
 * the file exists (two classes creating it together would each write their own). Held from the class's start to
 * its end (the lock is released when the class's extension store closes, after Pact's own afterAll has written the
 * file). Declared before {@code PactConsumerTestExt}.
 */
public final class PactFileLock implements BeforeAllCallback {

    /** Beside the pact folder, which is emptied before each test run. */
    static final Path LOCK = ReportsPact.FRESH_DIR.resolveSibling("pacts.lock");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PactFileLock.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Files.createDirectories(LOCK.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock();
        context.getStore(NAMESPACE).put("lock", (AutoCloseable) () -> {
            lock.release();
            channel.close();
        });
    }
}
