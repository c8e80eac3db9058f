//! What password hashing costs, and what the pool delivers.
//!
//! * `verify/owasp`: one Argon2id verification with the default (OWASP) parameters on one
//!   worker: the floor under a sign-in or a reset.
//! * `pool/16-verifications`: sixteen verifications submitted at once to a pool with one
//!   worker per core; its throughput is the hashes per second the server can sustain.
//!
//! `cargo bench -p latchkey-core`

#![expect(
    clippy::expect_used,
    reason = "a benchmark stops at the first setup failure"
)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use latchkey_core::Secret;
use latchkey_core::password::{HashParams, PasswordHasher};

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let params = HashParams::default();
    let password = Secret::new("correct horse battery staple");

    let single = PasswordHasher::start(params, 1, 16).expect("pool");
    let phc = rt.block_on(single.hash(&password)).expect("hash");
    let mut g = c.benchmark_group("verify");
    g.sample_size(20);
    g.bench_function("owasp", |b| {
        b.iter(|| rt.block_on(single.verify(&password, &phc)).expect("verify"))
    });
    g.finish();

    let pool = PasswordHasher::start(params, 0, 64).expect("pool");
    let mut g = c.benchmark_group("pool");
    g.sample_size(10);
    g.throughput(Throughput::Elements(16));
    g.bench_function("16-verifications", |b| {
        b.iter(|| {
            rt.block_on(async {
                let tasks: Vec<_> = (0..16)
                    .map(|_| {
                        let (pool, pw, phc) = (pool.clone(), password.clone(), phc.clone());
                        tokio::spawn(async move { pool.verify(&pw, &phc).await })
                    })
                    .collect();
                for t in tasks {
                    assert!(t.await.expect("task").expect("verify"));
                }
            })
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
