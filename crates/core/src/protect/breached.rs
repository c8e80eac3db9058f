//! Breached passwords, offline: a binary fuse filter (16-bit fingerprints, a false-positive
//! rate of about 1 in 65,536) of SHA-1 hashes, in the Pwned Passwords format or made from
//! plain passwords. It is built in 256 shards by the first byte of the hash, each from its
//! own temporary file, so memory while building is bounded by the largest shard, not the
//! corpus. The filter costs about 2.3 bytes per password on disk and in memory.
//!
//! File: `LKBF` magic, version 1, shard count, then per shard: key count (u64), seed (u64),
//! segment length, mask, segment count length (u32 each), fingerprint count (u64),
//! fingerprints (u16 LE). All little-endian.

use sha1::{Digest, Sha1};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;
use xorf::{BinaryFuse16, Descriptor, Filter};

const MAGIC: &[u8; 4] = b"LKBF";
const VERSION: u32 = 1;
const SHARDS: usize = 256;

/// Why a breached-password filter could not be built or loaded.
#[derive(Debug, thiserror::Error)]
pub enum BreachedError {
    /// Reading the input or the filter, or writing the shards or the filter, failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// An input line is not in the expected format.
    #[error("line {line}: {message}")]
    Input {
        /// 1-based number of the offending line.
        line: u64,
        /// What the line should have looked like.
        message: String,
    },
    /// The file is not a Latchkey filter (wrong magic, version or shard count) or is cut
    /// short.
    #[error("the filter file is not a Latchkey breached-password filter, or it is damaged")]
    Format,
    /// The filter library could not build a shard; the text is its reason.
    #[error("could not build the filter: {0}")]
    Build(&'static str),
}

/// How the input lists passwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// `SHA1HEX:COUNT` per line (Pwned Passwords), or bare `SHA1HEX`.
    Sha1,
    /// One plain password per line.
    Plain,
}

/// The key of a password: the first 8 bytes of its SHA-1.
pub fn key_of_password(password: &str) -> u64 {
    let d = Sha1::digest(password.as_bytes());
    u64::from_be_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
}

fn key_of_hex(hex: &str) -> Option<u64> {
    let h = hex.get(..16)?;
    if hex.len() != 40 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(h, 16).ok()
}

enum Shard {
    Empty,
    Filter(BinaryFuse16),
}

/// A loaded breached-password filter: answers "possibly breached" (false positives about
/// 1 in 65,536) or "not in the list" (never wrong), in constant time.
pub struct BreachedFilter {
    shards: Vec<Shard>,
    entries: u64,
}

impl std::fmt::Debug for BreachedFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "BreachedFilter({} entries)", self.entries)
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Lines read from the input, blank ones included.
    pub lines: u64,
    /// Distinct passwords (SHA-1 keys) in the filter.
    pub entries: u64,
    /// Size of the filter file written, in bytes.
    pub bytes_written: u64,
}

impl BreachedFilter {
    /// Whether the password is in the filter (its SHA-1 over the UTF-8 bytes, as typed).
    pub fn contains_password(&self, password: &str) -> bool {
        self.contains_key(key_of_password(password))
    }

    /// Whether a key from [`key_of_password`] is in the filter.
    pub fn contains_key(&self, key: u64) -> bool {
        match &self.shards[(key >> 56) as usize] {
            Shard::Empty => false,
            Shard::Filter(f) => f.contains(&key),
        }
    }

    /// Distinct passwords in the filter.
    pub fn entries(&self) -> u64 {
        self.entries
    }

    /// Builds a filter from `input` into `output`, with bounded memory, reporting progress
    /// (bytes read so far) through `progress`. `work_dir` holds the temporary shard files.
    /// The filter is written to `<output>.partial` and renamed over `output` when complete.
    ///
    /// # Errors
    ///
    /// [`BreachedError::Input`] for a line that isn't a SHA-1 in hex (with
    /// [`InputFormat::Sha1`]), [`BreachedError::Io`] when reading or writing fails, and
    /// [`BreachedError::Build`] when a shard's filter can't be built.
    pub fn import(
        input: &mut dyn Read,
        format: InputFormat,
        output: &Path,
        work_dir: &Path,
        progress: &mut dyn FnMut(u64),
    ) -> Result<ImportReport, BreachedError> {
        std::fs::create_dir_all(work_dir)?;
        let mut writers = Vec::with_capacity(SHARDS);
        for i in 0..SHARDS {
            writers.push(BufWriter::with_capacity(
                16 * 1024,
                std::fs::File::create(work_dir.join(format!("shard-{i:03}")))?,
            ));
        }
        let mut reader = BufReader::with_capacity(1 << 20, input);
        let mut line = String::new();
        let (mut lines, mut read) = (0u64, 0u64);
        loop {
            line.clear();
            let n = reader.read_line(&mut line)?;
            if n == 0 {
                break;
            }
            read += n as u64;
            lines += 1;
            let text = line.trim_end_matches(['\n', '\r']);
            if text.is_empty() {
                continue;
            }
            let key = match format {
                InputFormat::Plain => key_of_password(text),
                InputFormat::Sha1 => {
                    let hex = text.split(':').next().unwrap_or("");
                    key_of_hex(hex).ok_or_else(|| BreachedError::Input {
                        line: lines,
                        message: "expected a 40-character SHA-1 in hex, optionally followed by :COUNT (use --format plain for plain passwords)".into(),
                    })?
                }
            };
            writers[(key >> 56) as usize].write_all(&key.to_le_bytes())?;
            if lines % 100_000 == 0 {
                progress(read);
            }
        }
        for w in &mut writers {
            w.flush()?;
        }
        drop(writers);
        progress(read);

        let tmp = output.with_extension("partial");
        let mut out = BufWriter::new(std::fs::File::create(&tmp)?);
        out.write_all(MAGIC)?;
        out.write_all(&VERSION.to_le_bytes())?;
        out.write_all(&(SHARDS as u32).to_le_bytes())?;
        let mut entries = 0u64;
        for i in 0..SHARDS {
            let path = work_dir.join(format!("shard-{i:03}"));
            let bytes = std::fs::read(&path)?;
            let mut keys: Vec<u64> = bytes
                .chunks_exact(8)
                .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                .collect();
            drop(bytes);
            std::fs::remove_file(&path)?;
            keys.sort_unstable();
            keys.dedup();
            entries += keys.len() as u64;
            out.write_all(&(keys.len() as u64).to_le_bytes())?;
            if keys.is_empty() {
                continue;
            }
            let f = BinaryFuse16::try_from(&keys).map_err(BreachedError::Build)?;
            let d = &f.descriptor;
            out.write_all(&d.seed.to_le_bytes())?;
            out.write_all(&d.segment_length.to_le_bytes())?;
            out.write_all(&d.segment_length_mask.to_le_bytes())?;
            out.write_all(&d.segment_count_length.to_le_bytes())?;
            out.write_all(&(f.fingerprints.len() as u64).to_le_bytes())?;
            for fp in f.fingerprints.iter() {
                out.write_all(&fp.to_le_bytes())?;
            }
        }
        out.flush()?;
        drop(out);
        std::fs::rename(&tmp, output)?;
        let _ = std::fs::remove_dir(work_dir);
        Ok(ImportReport {
            lines,
            entries,
            bytes_written: std::fs::metadata(output)?.len(),
        })
    }

    /// Reads a filter written by [`Self::import`] into memory (about 2.3 bytes per
    /// password).
    ///
    /// # Errors
    ///
    /// [`BreachedError::Io`] when the file can't be opened or read, [`BreachedError::Format`]
    /// when it is not a version-1 Latchkey filter or is cut short.
    pub fn load(path: &Path) -> Result<Self, BreachedError> {
        let mut r = BufReader::new(std::fs::File::open(path)?);
        let mut b4 = [0u8; 4];
        let mut b8 = [0u8; 8];
        r.read_exact(&mut b4)?;
        if &b4 != MAGIC {
            return Err(BreachedError::Format);
        }
        let mut u32_ = |r: &mut BufReader<std::fs::File>| -> Result<u32, BreachedError> {
            r.read_exact(&mut b4).map_err(|_| BreachedError::Format)?;
            Ok(u32::from_le_bytes(b4))
        };
        if u32_(&mut r)? != VERSION || u32_(&mut r)? as usize != SHARDS {
            return Err(BreachedError::Format);
        }
        let mut shards = Vec::with_capacity(SHARDS);
        let mut entries = 0;
        for _ in 0..SHARDS {
            r.read_exact(&mut b8).map_err(|_| BreachedError::Format)?;
            let count = u64::from_le_bytes(b8);
            entries += count;
            if count == 0 {
                shards.push(Shard::Empty);
                continue;
            }
            r.read_exact(&mut b8).map_err(|_| BreachedError::Format)?;
            let seed = u64::from_le_bytes(b8);
            let segment_length = u32_(&mut r)?;
            let segment_length_mask = u32_(&mut r)?;
            let segment_count_length = u32_(&mut r)?;
            r.read_exact(&mut b8).map_err(|_| BreachedError::Format)?;
            let n = u64::from_le_bytes(b8) as usize;
            if n > 1 << 33 {
                return Err(BreachedError::Format);
            }
            let mut raw = vec![0u8; n * 2];
            r.read_exact(&mut raw).map_err(|_| BreachedError::Format)?;
            let fingerprints: Box<[u16]> = raw
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            shards.push(Shard::Filter(BinaryFuse16 {
                descriptor: Descriptor {
                    seed,
                    segment_length,
                    segment_length_mask,
                    segment_count_length,
                },
                fingerprints,
            }));
        }
        Ok(Self { shards, entries })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(tag: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("lk-breached-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("dir");
        d
    }

    fn sha1_hex(p: &str) -> String {
        Sha1::digest(p.as_bytes())
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect()
    }

    #[test]
    fn pwned_format_round_trip_no_false_negatives_and_few_false_positives() {
        let d = dir("round");
        let breached: Vec<String> = (0..20_000).map(|i| format!("breached-{i}")).collect();
        let input: String = breached
            .iter()
            .map(|p| format!("{}:{}\r\n", sha1_hex(p), 7))
            .collect();
        let out = d.join("breached.filter");
        let mut calls = 0;
        let report = BreachedFilter::import(
            &mut input.as_bytes(),
            InputFormat::Sha1,
            &out,
            &d.join("work"),
            &mut |_| calls += 1,
        )
        .expect("import");
        assert_eq!(report.entries, 20_000);
        assert!(calls >= 1, "progress is reported");
        // Small shards carry more overhead; large imports approach 2.3 bytes per entry.
        assert!(
            report.bytes_written < 20_000 * 5,
            "got {} bytes",
            report.bytes_written
        );
        let f = BreachedFilter::load(&out).expect("load");
        assert_eq!(f.entries(), 20_000);
        assert!(
            breached.iter().all(|p| f.contains_password(p)),
            "no false negatives"
        );
        let fp = (0..200_000)
            .filter(|i| f.contains_password(&format!("clean-{i}")))
            .count();
        assert!(fp <= 12, "false positives {fp} in 200000 (expected ~3)");
    }

    #[test]
    fn plain_format_duplicates_and_errors() {
        let d = dir("plain");
        let out = d.join("f");
        let input = "hunter2\nhunter2\nletmein\n\n";
        let r = BreachedFilter::import(
            &mut input.as_bytes(),
            InputFormat::Plain,
            &out,
            &d.join("w"),
            &mut |_| {},
        )
        .expect("import");
        assert_eq!(r.entries, 2);
        let f = BreachedFilter::load(&out).expect("load");
        assert!(f.contains_password("hunter2") && f.contains_password("letmein"));
        let err = BreachedFilter::import(
            &mut "not-a-hash:1\n".as_bytes(),
            InputFormat::Sha1,
            &d.join("g"),
            &d.join("w2"),
            &mut |_| {},
        );
        assert!(matches!(err, Err(BreachedError::Input { line: 1, .. })));
        std::fs::write(d.join("junk"), b"LKBF\x09\x00\x00\x00").expect("write");
        assert!(matches!(
            BreachedFilter::load(&d.join("junk")),
            Err(BreachedError::Format)
        ));
        let empty = BreachedFilter::import(
            &mut "".as_bytes(),
            InputFormat::Plain,
            &d.join("e"),
            &d.join("w3"),
            &mut |_| {},
        )
        .expect("empty");
        assert_eq!(empty.entries, 0);
        assert!(
            !BreachedFilter::load(&d.join("e"))
                .expect("load")
                .contains_password("x")
        );
    }
}
