//! Progress on stderr for long runs: `claimdiff: read 1234/5000 articles`, redrawn in place.
//!
//! Shown only when the run is long (more than [`MANY_FILES`] inputs, or still reading after
//! [`SLOW_AFTER`]) and only when the CLI says stderr is a terminal, so logs, pipes and tests
//! never see it. Safe to tick from several threads. It never touches stdout.

use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Runs with more inputs than this show progress from the start.
pub const MANY_FILES: usize = 1000;
/// Shorter runs show progress once they have taken this long.
pub const SLOW_AFTER: Duration = Duration::from_secs(2);
/// Redraw at most this often.
const REDRAW_EVERY: Duration = Duration::from_millis(100);

/// A progress line for `total` inputs, drawn on `out`.
pub struct Progress<W: Write + Send> {
    total: usize,
    done: AtomicUsize,
    started: Instant,
    state: Mutex<State<W>>,
}

struct State<W> {
    out: Option<W>,
    last_draw: Option<Instant>,
    drawn: bool,
}

impl<W: Write + Send> Progress<W> {
    /// A progress line drawn on `out`, or nothing at all when `out` is `None` (stderr is not
    /// a terminal).
    pub fn new(total: usize, out: Option<W>) -> Progress<W> {
        Progress {
            total,
            done: AtomicUsize::new(0),
            started: Instant::now(),
            state: Mutex::new(State { out, last_draw: None, drawn: false }),
        }
    }

    /// One more input done; redraws when the run is long and the last redraw is old enough.
    pub fn tick(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        self.tick_at(done, Instant::now());
    }

    fn tick_at(&self, done: usize, now: Instant) {
        let long = self.total > MANY_FILES || now.duration_since(self.started) >= SLOW_AFTER;
        if !long {
            return;
        }
        let Ok(mut state) = self.state.lock() else { return };
        if state.last_draw.is_some_and(|t| now.duration_since(t) < REDRAW_EVERY) && done < self.total {
            return;
        }
        state.last_draw = Some(now);
        let total = self.total;
        if let Some(out) = state.out.as_mut() {
            // Errors on a progress line are not worth failing a run for.
            let _ = write!(out, "\r\x1b[2Kclaimdiff: read {done}/{total} articles");
            let _ = out.flush();
            state.drawn = true;
        }
    }

    /// Clears the line, if one was drawn, so the report or errors start clean.
    pub fn finish(&self) {
        let Ok(mut state) = self.state.lock() else { return };
        if state.drawn {
            if let Some(out) = state.out.as_mut() {
                let _ = write!(out, "\r\x1b[2K");
                let _ = out.flush();
            }
            state.drawn = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(p: Progress<Vec<u8>>) -> String {
        let state = p.state.into_inner().unwrap();
        String::from_utf8(state.out.unwrap_or_default()).unwrap()
    }

    #[test]
    fn short_fast_runs_draw_nothing() {
        let p = Progress::new(3, Some(Vec::new()));
        for _ in 0..3 {
            p.tick();
        }
        p.finish();
        assert_eq!(output(p), "");
    }

    #[test]
    fn many_files_draw_and_clear() {
        let p = Progress::new(MANY_FILES + 1, Some(Vec::new()));
        p.tick();
        p.tick(); // too soon after the first draw
        p.finish();
        assert_eq!(output(p), "\r\x1b[2Kclaimdiff: read 1/1001 articles\r\x1b[2K");
    }

    #[test]
    fn slow_runs_draw_after_the_delay_and_always_the_last_count() {
        let p = Progress::new(2, Some(Vec::new()));
        let later = p.started + SLOW_AFTER;
        p.tick_at(1, later);
        p.tick_at(2, later);
        assert_eq!(output(p), "\r\x1b[2Kclaimdiff: read 1/2 articles\r\x1b[2Kclaimdiff: read 2/2 articles");
    }

    #[test]
    fn no_terminal_no_output() {
        let p: Progress<Vec<u8>> = Progress::new(5000, None);
        p.tick();
        p.finish();
        assert_eq!(output(p), "");
    }
}
