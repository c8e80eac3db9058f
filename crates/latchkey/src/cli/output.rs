//! Everything the CLI prints goes through here, so that a closed pipe
//! (`latchkey user list | head -3`) ends the command quietly instead of a panic
//! ("failed printing to stdout: Broken pipe"), which `println!` would give.

use std::fmt;
use std::io::{self, Write};

use super::Fail;

/// Writes to standard output and flushes. When the reader has gone away (a closed pipe),
/// the command stops with [`Fail::closed`]: nothing more is printed and it exits 0.
///
/// # Errors
///
/// [`Fail::closed`] for a closed pipe; any other write error (a full disk) is reported.
pub(super) fn stdout(args: fmt::Arguments<'_>) -> Result<(), Fail> {
    let mut out = io::stdout().lock();
    match out.write_fmt(args).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) => Err(write_failed(&e)),
    }
}

/// The failure for a write to standard output that went wrong.
fn write_failed(e: &io::Error) -> Fail {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Fail::closed()
    } else {
        Fail(format!("cannot write to standard output: {e}"), 1)
    }
}

/// Writes to standard error. A failure is ignored: there is nowhere left to report it, and
/// the command goes on (its result may still reach standard output).
pub(super) fn stderr(args: fmt::Arguments<'_>) {
    let mut err = io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.flush());
}

/// `print!` to standard output, as `Result<(), Fail>`: use it with `?`.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::output::stdout(format_args!($($arg)*))
    };
}

/// `println!` to standard output, as `Result<(), Fail>`: use it with `?`.
macro_rules! outln {
    () => {
        $crate::cli::output::stdout(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::cli::output::stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprint!` that never panics.
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::cli::output::stderr(format_args!($($arg)*))
    };
}

/// `eprintln!` that never panics.
macro_rules! errln {
    () => {
        $crate::cli::output::stderr(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::cli::output::stderr(format_args!("{}\n", format_args!($($arg)*)))
    };
}

pub(super) use {err, errln, out, outln};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_a_quiet_stop_and_other_errors_are_reported() {
        let closed = write_failed(&io::Error::from(io::ErrorKind::BrokenPipe));
        assert!(closed.is_closed());
        let full = write_failed(&io::Error::other("no space left on device"));
        assert!(!full.is_closed());
        assert_eq!(full.1, 1);
        assert!(full.0.contains("no space left"), "{}", full.0);
    }
}
