//! Time against input length, 1 KB → 1 MB, on realistic mixed text: it should grow linearly
//! (constant bytes/s). scripts/bench.sh reports the per-byte time of 1 MB over that of 1 KB.
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use scamcheck::{CheckOptions, Engine, Kind, Lang};
use std::hint::black_box;
use std::time::Duration;

mod inputs;

fn growth(c: &mut Criterion) {
    let engine = Engine::new();
    let opts = CheckOptions {
        kind: Kind::Message,
        lang: Lang::Zh,
    };
    let mut g = c.benchmark_group("growth");
    g.warm_up_time(Duration::from_millis(300));
    for kb in [1usize, 4, 16, 64, 256, 1024] {
        let text = inputs::text_of(kb << 10);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(if kb >= 256 { 10 } else { 20 });
        g.measurement_time(Duration::from_millis(if kb >= 256 { 3000 } else { 1500 }));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{kb}k")),
            &text,
            |b, t| b.iter(|| black_box(engine.check(black_box(t), &opts))),
        );
    }
    g.finish();
}

criterion_group!(benches, growth);
criterion_main!(benches);
