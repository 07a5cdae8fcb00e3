package org.backpropstudio.session;

import static org.backpropstudio.session.SessionFixtures.XOR;
import static org.backpropstudio.session.SessionFixtures.allFinite;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.RegularizationType;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.session.SessionFixtures.Factory;
import org.junit.jupiter.api.Test;

/** The session on its real thread: many writers, a fast worker, readers that must never wait. */
class TrainingSessionThreadTest {

    private static Snapshot await(TrainingSession s) throws Exception {
        return s.barrier().get(5, TimeUnit.SECONDS);
    }

    @Test
    void theThreadIsADaemonNamedTrainingThatSleepsWhenIdleAndEndsOnClose() throws Exception {
        TrainingSession s = TrainingSession.start(SessionFixtures.xor(4, 1, 0.5), XOR.test());
        Thread t = s.thread();
        assertEquals("training", t.getName());
        assertTrue(t.isDaemon());
        s.step();
        assertEquals(1, await(s).step());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (t.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(Thread.State.WAITING, t.getState(), "an idle worker parks instead of spinning");
        long seq = s.latest().sequence();
        Thread.sleep(100);
        assertEquals(seq, s.latest().sequence(), "and publishes nothing while idle");
        assertTimeoutPreemptively(Duration.ofSeconds(3), s::close);
        assertFalse(s.isAlive());
        assertNull(s.failure());
        s.step(); // ignored after close
        s.close();
        assertThrows(ExecutionException.class, () -> s.barrier().get(1, TimeUnit.SECONDS));
    }

    @Test
    void atFullSpeedSnapshotsAreThrottledWhileStepsAreMany() throws Exception {
        TrainingSession s = TrainingSession.start(SessionFixtures.xor(4, 1, 0.5), XOR.test());
        try {
            s.play();
            Snapshot first = await(s);
            assertEquals(SessionState.RUNNING, first.state());
            long t0 = System.nanoTime();
            Thread.sleep(1000);
            Snapshot last = s.latest();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long published = last.sequence() - first.sequence();
            long steps = last.step() - first.step();
            double most = 1e9 / PublishPacer.FULL_SPEED_PUBLISH_NANOS;
            assertTrue(published <= (most + 2) * seconds + 3, published + " snapshots in " + seconds + " s");
            assertTrue(published >= 10, "but some: " + published);
            assertTrue(steps >= 5_000, "steps " + steps);
            assertTrue(last.stepsPerSecond() > 1_000, "rate " + last.stepsPerSecond());
            s.pause();
            assertEquals(SessionState.IDLE, await(s).state());
        } finally {
            assertTimeoutPreemptively(Duration.ofSeconds(3), s::close);
        }
        assertNull(s.failure());
    }

    /** A clock that, once armed, holds the training thread inside its loop until released. */
    private static final class HoldingClock implements LongSupplier {
        final AtomicBoolean armed = new AtomicBoolean();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public long getAsLong() {
            if (armed.get() && Thread.currentThread().getName().equals("training")) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return System.nanoTime();
        }
    }

    @Test
    void readersAndSendersNeverWaitForABusyWorker() throws Exception {
        HoldingClock clock = new HoldingClock();
        TrainingSession s = TrainingSession.start(SessionFixtures.xor(4, 1, 0.5), XOR.test(), clock);
        try {
            s.play();
            await(s);
            clock.armed.set(true);
            assertTrue(clock.held.await(5, TimeUnit.SECONDS), "the worker is now stuck in the middle of its loop");
            Snapshot seen = s.latest();
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                for (int i = 0; i < 100_000; i++) {
                    assertSame(seen, s.latest());
                }
                for (int i = 0; i < 1_000; i++) {
                    s.setWatchedSample(i % 100);
                    s.setLearningRate(0.1 + i * 1e-4);
                    s.step();
                }
            });
            clock.armed.set(false);
            clock.release.countDown();
            Snapshot after = await(s);
            assertEquals(99, after.watchedSample());
            assertEquals(0.1 + 999 * 1e-4, after.optimizer().learningRate());
            assertEquals(SessionState.IDLE, after.state(), "step stops playing");
            assertTrue(after.sequence() > seen.sequence());
        } finally {
            clock.armed.set(false);
            clock.release.countDown();
            assertTimeoutPreemptively(Duration.ofSeconds(3), s::close);
        }
        assertNull(s.failure());
    }

    @Test
    void closeWhilePlayingReturnsPromptly() throws Exception {
        Factory deep = new Factory(() -> SessionFixtures.classifier(XOR.train(), new int[] {16, 16, 16, 1}, 2, 0.1, 150));
        TrainingSession s = TrainingSession.start(deep, XOR.test());
        s.play();
        await(s);
        Thread.sleep(50);
        assertTimeoutPreemptively(Duration.ofSeconds(3), s::close);
        assertFalse(s.isAlive());
        assertNull(s.failure());
    }

    /** 100,000 random commands from four threads against one running session. */
    @Test
    void manyThreadsSendingRandomCommandsLeaveItConsistent() throws Exception {
        Factory small = SessionFixtures.xor(4, 1, 0.5);
        Factory deep = new Factory(() -> SessionFixtures.classifier(XOR.train(), new int[] {6, 6, 1}, 4, 0.3, 5));
        AtomicReference<Factory> lastLoaded = new AtomicReference<>(small);
        List<Generators.Split> pool = new ArrayList<>();
        for (String name : List.of("xor", "circle", "gauss", "spiral")) {
            pool.add(Generators.generate(name, 120, 0.1, 0.25, name.length()));
        }
        Dataset oneInput = Generators.generate("line", 20, 0, 0, 1).train();
        AtomicLong refused = new AtomicLong();
        AtomicReference<Throwable> readerProblem = new AtomicReference<>();

        TrainingSession s = TrainingSession.start(small, XOR.test());
        try {
            s.play();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                List<Thread> senders = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    long seed = 100 + w;
                    Thread t = new Thread(() -> {
                        Rng rng = new Rng(seed);
                        long lastSeq = 0;
                        for (int i = 0; i < 25_000; i++) {
                            sendRandom(s, rng, pool, oneInput, small, deep, lastLoaded, refused);
                            if (i % 500 == 499) {
                                pauseBriefly(); // let the worker train between bursts too
                            }
                            if (i % 16 == 0) {
                                Snapshot snap = s.latest();
                                String problem = checkConsistent(snap);
                                if (problem == null && snap.sequence() < lastSeq) {
                                    problem = "sequence went back from " + lastSeq + " to " + snap.sequence();
                                }
                                if (problem != null) {
                                    readerProblem.compareAndSet(null, new AssertionError(problem));
                                }
                                lastSeq = snap.sequence();
                            }
                        }
                    }, "sender-" + w);
                    senders.add(t);
                    t.start();
                }
                for (Thread t : senders) {
                    t.join();
                }
            });
            assertNull(readerProblem.get(), () -> readerProblem.get().getMessage());
            assertTrue(s.isAlive(), "the training thread survives");
            s.pause();
            Snapshot last = s.barrier().get(20, TimeUnit.SECONDS);
            assertNull(s.failure());
            assertNull(checkConsistent(last));
            assertNotEquals(SessionState.RUNNING, last.state());
            assertEquals(refused.get(), last.errorCount(), () -> "unexpected refusal: " + last.lastError());
            // the worker is idle now; the trainer it owns is the factory's newest
            Trainer owned = lastLoaded.get().newest.get();
            assertEquals(owned.steps(), last.step());
            assertEquals(owned.epochs(), last.epoch());
            assertArrayEquals(owned.network().parameters(), last.parameters());
            assertEquals(NetworkShape.of(owned.network()), last.shape());
            assertSame(owned.data(), last.train());
        } finally {
            assertTimeoutPreemptively(Duration.ofSeconds(5), s::close);
        }
        assertFalse(s.isAlive());
        assertNull(s.failure());
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sendRandom(TrainingSession s, Rng rng, List<Generators.Split> pool, Dataset oneInput,
                                   Factory small, Factory deep, AtomicReference<Factory> lastLoaded,
                                   AtomicLong refused) {
        int c = rng.nextInt(100);
        if (c < 20) {
            s.play();
        } else if (c < 27) {
            s.pause();
        } else if (c < 37) {
            s.step();
        } else if (c < 47) {
            s.stepPhase();
        } else if (c < 50) {
            s.reset();
        } else if (c < 55) {
            s.clearDivergence();
        } else if (c < 63) {
            double[] rates = {0.01, 0.1, 1, 10, 1000};
            s.setLearningRate(rates[rng.nextInt(rates.length)]);
        } else if (c < 67) {
            int k = rng.nextInt(3);
            s.setOptimizer(k == 0 ? OptimizerConfig.sgd(0.3) : k == 1 ? OptimizerConfig.momentum(0.1, 0.9)
                    : OptimizerConfig.adam(0.01));
        } else if (c < 70) {
            int k = rng.nextInt(3);
            s.setRegularization(k == 0 ? Regularization.NONE
                    : new Regularization(k == 1 ? RegularizationType.L1 : RegularizationType.L2, 0.001));
        } else if (c < 75) {
            Generators.Split d = pool.get(rng.nextInt(pool.size()));
            s.setData(d.train(), rng.nextInt(2) == 0 ? d.test() : null);
        } else if (c < 76) {
            // refused on the worker: one input for a two-input network; count it before sending
            refused.incrementAndGet();
            s.setData(oneInput, null);
        } else if (c < 77) {
            s.setData(Dataset.empty(2, 1), null);
        } else if (c < 78) {
            // the sender that loads last decides the final factory; loads are serialised here
            synchronized (lastLoaded) {
                Factory f = rng.nextInt(2) == 0 ? small : deep;
                lastLoaded.set(f);
                s.load(f, XOR.test());
            }
        } else if (c < 86) {
            s.setWatchedSample(rng.nextInt(150));
        } else if (c < 92) {
            s.setSpeed(rng.nextInt(3) == 0 ? Speed.perFrame(1 + rng.nextInt(5)) : Speed.FULL);
        } else {
            s.setParameter(rng.nextInt(17), rng.uniform(-1, 1));
        }
    }

    /** Null when the snapshot is self-consistent, else what is wrong. */
    private static String checkConsistent(Snapshot snap) {
        if (snap == null) {
            return "no snapshot";
        }
        if (snap.parameterCount() != snap.shape().parameterCount()) {
            return "parameters " + snap.parameterCount() + " for shape " + snap.shape();
        }
        if (!allFinite(snap.parameters())) {
            return "non-finite parameter in snapshot " + snap.sequence();
        }
        if (snap.step() < 0 || snap.epoch() < 0 || snap.epoch() > snap.step() * 150 + 1) {
            return "step " + snap.step() + " epoch " + snap.epoch();
        }
        if (snap.isDiverged() != (snap.divergence() != null)) {
            return "state " + snap.state() + " with divergence " + snap.divergence();
        }
        if (!snap.isDiverged()) {
            if (!(Double.isFinite(snap.trainLoss()) || snap.train().isEmpty() && Double.isNaN(snap.trainLoss()))) {
                return "train loss " + snap.trainLoss();
            }
            if (!(Double.isFinite(snap.testLoss()) || snap.test().isEmpty() && Double.isNaN(snap.testLoss()))) {
                return "test loss " + snap.testLoss();
            }
        }
        if (snap.trace() != null && snap.trace().sample() != snap.watchedSample()) {
            return "trace of sample " + snap.trace().sample() + " while watching " + snap.watchedSample();
        }
        if ((snap.trace() == null) != (snap.watchedSample() >= snap.train().size())) {
            return "trace missing or extra for sample " + snap.watchedSample() + " of " + snap.train().size();
        }
        if (!(snap.stepsPerSecond() >= 0) || !Double.isFinite(snap.stepsPerSecond())) {
            return "steps per second " + snap.stepsPerSecond();
        }
        assertNotNull(snap.optimizer());
        return null;
    }
}
