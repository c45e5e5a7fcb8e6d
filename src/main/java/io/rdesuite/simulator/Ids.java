package io.rdesuite.simulator;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Ids in the service's form: 32 lower-case hex characters, no dashes. */
public final class Ids {
    private Ids() {
    }

    public static String hex32() {
        byte[] b = new byte[16];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public static boolean isHex32(String s) {
        if (s == null || s.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
