package org.backpropstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

import org.backpropstudio.io.GifFile;
import org.backpropstudio.ui.FxWait;
import org.backpropstudio.ui.StudioApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export figure in the window: Ctrl+E opens the menu with its four figures; a PNG is the view as
 * it is on screen, and the step's GIF is drawn off screen without touching the window's training.
 */
class FigureActionsTest {
    private static final long TIMEOUT_S = 60;
    private final FxRobot robot = new FxRobot();
    private StudioApp app;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        app = FxWait.openStudio();
    }

    @AfterEach
    void stop() throws Exception {
        FxWait.closeStudio(app);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return FxWait.fx(c, TIMEOUT_S);
    }

    private void export(FigureActions.Kind kind, Path file) throws Exception {
        fx(() -> app.window().figures().export(kind, file)).get(TIMEOUT_S, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String notice() throws Exception {
        return fx(() -> ((Label) app.window().status().lookup("#status-notice")).getText());
    }

    @Test
    void ctrlEOpensTheMenuOfFigures() throws Exception {
        MenuButton menu = robot.lookup("#export-figure").query();
        assertFalse(fx(menu::isShowing));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(menu::isShowing), "Ctrl+E shows the menu");
        List<String> items = fx(() -> menu.getItems().stream().map(MenuItem::getText).toList());
        assertEquals(List.of("Diagram as PNG…", "Animation of one step as GIF…", "Output view as PNG…", "Loss chart as PNG…",
                "Loss surface as PNG…"), items);
        assertTrue(fx(() -> menu.getItems().get(4).isDisable()), "the loss surface waits for its window");
        assertFalse(fx(() -> menu.getItems().get(3).isDisable()));
        fx(() -> {
            menu.hide();
            return null;
        });
    }

    @Test
    void aPngIsTheViewAsItIsOnScreen() throws Exception {
        Path out = dir.resolve("loss.png");
        export(FigureActions.Kind.LOSS, out);
        Region chart = fx(() -> app.window().lossChart());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(Math.round(fx(chart::getWidth)), img.getWidth());
        assertEquals(Math.round(fx(chart::getHeight)), img.getHeight());
        assertEquals("Figure saved: loss.png", notice());

        Path diagram = dir.resolve("diagram.png");
        export(FigureActions.Kind.DIAGRAM, diagram);
        Region pane = fx(() -> (Region) app.window().networkView().getParent());
        img = ImageIO.read(diagram.toFile());
        assertEquals(Math.round(fx(pane::getWidth)), img.getWidth());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int p : img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth())) {
            colours.add(p);
        }
        assertTrue(colours.size() > 200, "heat maps and edges: " + colours.size() + " colours");
    }

    @Test
    void theBowlIsItsWindowsViewsOnceOpened() throws Exception {
        Path early = dir.resolve("early.png");
        export(FigureActions.Kind.BOWL, early);
        assertEquals("Could not save the figure early.png: Open the loss surface window (B) first, then export it.", notice());
        assertFalse(Files.exists(early));
        fx(() -> {
            app.window().toggleBowl();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> app.window().bowl().pane().picture() != null
                && app.window().bowl().pane().picture().hasSlice()));
        WaitForAsyncUtils.waitForFxEvents();
        Path out = dir.resolve("bowl.png");
        export(FigureActions.Kind.BOWL, out);
        assertEquals("Figure saved: bowl.png", notice());
        Region views = fx(() -> app.window().bowl().pane().views());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(Math.round(fx(views::getWidth)), img.getWidth());
        assertEquals(Math.round(fx(views::getHeight)), img.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int p : img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth())) {
            colours.add(p);
        }
        assertTrue(colours.size() > 200, "the shaded surface and the map: " + colours.size() + " colours");
    }

    @Test
    void theStepGifLeavesTheWindowsTrainingAlone() throws Exception {
        long before = fx(() -> app.model().getSnapshot().step());
        Path out = dir.resolve("step.gif");
        export(FigureActions.Kind.STEP, out);
        assertEquals("Figure saved: step.gif", notice());
        GifFile gif = GifFile.read(out);
        assertTrue(gif.loopsForever());
        assertTrue(gif.parts().size() > 10, "an animation: " + gif.parts().size() + " pictures");
        Region pane = fx(() -> (Region) app.window().networkView().getParent());
        assertEquals(Math.round(fx(pane::getWidth)), gif.width(), "the diagram's size on screen");
        assertEquals(before, fx(() -> app.model().getSnapshot().step()), "the window did not train");
        assertFalse(fx(() -> app.window().figures().isBusy()));
    }

    @Test
    void aFailureIsSaidInTheStatusLine() throws Exception {
        Path nowhere = dir.resolve("no/such/folder/loss.png");
        export(FigureActions.Kind.LOSS, nowhere);
        assertTrue(notice().startsWith("Could not save the figure loss.png: "), notice());
        assertFalse(Files.exists(nowhere.getParent()));
    }
}
