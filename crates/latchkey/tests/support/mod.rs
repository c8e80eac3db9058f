//! What the tests that run the real binary share: a folder removed when dropped, a free
//! loopback port, and running a command that must succeed.
#![allow(dead_code, reason = "each test binary uses a different part")]

use std::path::PathBuf;
use std::process::Command;

/// A folder removed with everything in it when dropped.
pub struct Dir(pub PathBuf);

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A loopback port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

/// Runs `c`, fails the test with its error output unless it succeeded, and returns its
/// standard output.
pub fn ok(c: &mut Command) -> String {
    let out = c.output().unwrap_or_else(|e| panic!("run {c:?}: {e}"));
    assert!(
        out.status.success(),
        "{c:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
