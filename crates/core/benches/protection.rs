//! What password protection costs per check, next to the Argon2 hash it precedes.
//!
//! * `banned/*`: the banned-list evaluation with the built-in list plus 1,000 custom
//!   terms, for a typical password, a long passphrase and a refused one.
//! * `breached/lookup`: one lookup in a filter of 10 million entries (built once in the
//!   bench's set-up; its size on disk is printed).
//!
//! `cargo bench -p latchkey-core --bench protection`

#![expect(
    clippy::expect_used,
    reason = "a benchmark stops at the first setup failure"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use latchkey_core::protect::banned::{BannedList, Source, builtin, evaluate};
use latchkey_core::protect::breached::{BreachedFilter, InputFormat};
use std::hint::black_box;

fn custom_terms() -> BannedList {
    // The built-in list plus 1,000 custom terms in one index, as the server compiles them.
    let mut l = builtin().clone();
    let mut seed: u64 = 42;
    for _ in 0..1000 {
        let len = 4 + (seed % 13) as usize;
        let term: String = (0..len)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                char::from(b'a' + ((seed >> 33) % 26) as u8)
            })
            .collect();
        l.add(&term, Source::Custom);
    }
    l
}

fn bench(c: &mut Criterion) {
    let custom = custom_terms();
    let lists = [&custom];
    let names = ["mias", "Mia", "Steele", "Contoso"];
    let mut g = c.benchmark_group("banned");
    for (name, pw) in [
        ("typical-14", "Harbor-Otter-7"),
        (
            "passphrase-40",
            "correct horse battery staple on a sunny day",
        ),
        ("refused-10", "P@ssw0rd!1"),
    ] {
        g.bench_function(name, |b| b.iter(|| evaluate(black_box(pw), &lists, &names)));
    }
    g.finish();

    // 10 million keys, built through the same sharded import operators use.
    let dir = std::env::temp_dir().join(format!("lk-bench-breached-{}", std::process::id()));
    let out = dir.join("breached.filter");
    let mut text = String::with_capacity(10_000_000 * 18);
    for i in 0..10_000_000u64 {
        text.push_str(&format!("leaked-{i}\n"));
    }
    let report = BreachedFilter::import(
        &mut text.as_bytes(),
        InputFormat::Plain,
        &out,
        &dir.join("work"),
        &mut |_| {},
    )
    .expect("import");
    drop(text);
    let filter = BreachedFilter::load(&out).expect("load");
    println!(
        "breached filter: {} entries, {} bytes on disk ({:.2} bytes per entry)",
        report.entries,
        report.bytes_written,
        report.bytes_written as f64 / report.entries as f64
    );
    let mut g = c.benchmark_group("breached");
    let mut i = 0u64;
    g.bench_function("lookup-10M", |b| {
        b.iter(|| {
            i += 1;
            filter.contains_password(black_box(if i.is_multiple_of(2) {
                "leaked-123456"
            } else {
                "not-in-the-list"
            }))
        })
    });
    g.finish();
    let _ = std::fs::remove_dir_all(dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
