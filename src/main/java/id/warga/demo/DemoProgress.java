package id.warga.demo;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** How far the demo city has come, for the log and for the banner on the home page. */
@Component
public class DemoProgress {

    public enum State {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);
    private final AtomicInteger target = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();

    void start(int residents) {
        target.set(residents);
        written.set(0);
        state.set(State.RUNNING);
    }

    void advance(int residents) {
        written.addAndGet(residents);
    }

    void finish(boolean success) {
        state.set(success ? State.DONE : State.FAILED);
    }

    public State state() {
        return state.get();
    }

    public boolean running() {
        return state.get() == State.RUNNING;
    }

    /** Percent of residents written, 0–100. */
    public int percent() {
        int total = target.get();
        return total == 0 ? 0 : (int) (100L * written.get() / total);
    }
}
