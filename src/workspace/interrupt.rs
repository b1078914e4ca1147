//! Ctrl-C: outside a write the process exits 130 at once (nothing was written); during a write the
//! handler waits while the writer reaches a checkpoint and rolls back (or, past the point of no
//! return, finishes), then exits 130.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Exit status after Ctrl-C (128 + SIGINT), as shells report it.
pub const EXIT_INTERRUPTED: i32 = 130;

static REQUESTED: AtomicBool = AtomicBool::new(false);
static WRITING: Mutex<()> = Mutex::new(());

/// Installs the Ctrl-C handler (once, from `main`). A second install is ignored.
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        REQUESTED.store(true, Ordering::SeqCst);
        // Blocks while a write is in progress; the writer sees `requested()` and stops.
        let _idle = WRITING.lock().unwrap_or_else(|e| e.into_inner());
        eprintln!("interrupted");
        std::process::exit(EXIT_INTERRUPTED);
    });
}

/// Whether Ctrl-C was pressed.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

/// Held while a command writes: Ctrl-C then waits for the writer to reach a checkpoint.
pub struct Writing {
    _guard: MutexGuard<'static, ()>,
}

/// Enters a write; hold the guard until the disk is consistent again.
pub fn writing() -> Writing {
    Writing {
        _guard: WRITING.lock().unwrap_or_else(|e| e.into_inner()),
    }
}

/// A checkpoint: `Err(Interrupted)` when Ctrl-C was pressed.
pub fn checkpoint() -> crate::error::Result<()> {
    if requested() {
        Err(crate::error::Error::Interrupted)
    } else {
        Ok(())
    }
}
