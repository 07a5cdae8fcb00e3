package org.backpropstudio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void commandsAndMistypedCommandsGoToTheCommandLine() {
        assertTrue(Launcher.isCommandLine("train"));
        assertTrue(Launcher.isCommandLine("grad"));
        assertTrue(Launcher.isCommandLine("bench"));
        assertTrue(Launcher.isCommandLine("trian"), "a plain word that is no file gets 'unknown command'");
    }

    @Test
    void filesAndOptionsOpenTheApp() {
        assertFalse(Launcher.isCommandLine("assets/experiments/xor-tanh.json"));
        assertFalse(Launcher.isCommandLine("lesson.json"));
        assertFalse(Launcher.isCommandLine("--preset"));
        assertFalse(Launcher.isCommandLine("assets"));
    }
}
