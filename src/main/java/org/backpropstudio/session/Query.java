package org.backpropstudio.session;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A queued question for the training thread: it reads what the thread owns and changes nothing,
 * so answering it publishes no snapshot. Its future completes on the training thread (with the
 * answer, the answer's exception, or a failure when the session closes first).
 */
final class Query<T> implements Runnable {
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private final Supplier<T> answer;

    Query(Supplier<T> answer) {
        this.answer = answer;
    }

    CompletableFuture<T> future() {
        return future;
    }

    @Override
    public void run() {
        try {
            future.complete(answer.get());
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
    }

    void fail() {
        future.completeExceptionally(new IllegalStateException("the session is closed"));
    }
}
