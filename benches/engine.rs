//! Engine construction: building the phrase automata and lookup tables from the static pack.
//! Budget context: the page is ready when the wasm is instantiated and this has run.
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::time::Duration;

fn engine_new(c: &mut Criterion) {
    c.bench_function("engine/new", |b| {
        b.iter(|| black_box(scamcheck::Engine::new()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500)).sample_size(20);
    targets = engine_new
}
criterion_main!(benches);
