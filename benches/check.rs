//! One check of each kind of input: a short SMS, a 300-character Chinese message, a 2 KB
//! message, a URL, a QR payload and a 1 MB text. Budgets (wasm) in scripts/bench.sh.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use scamcheck::{CheckOptions, Engine, Kind, Lang};
use std::hint::black_box;
use std::time::Duration;

mod inputs;

fn check(c: &mut Criterion) {
    let engine = Engine::new();
    let cases: Vec<(&str, String, Kind)> = vec![
        ("short", inputs::fixed("short"), Kind::Auto),
        ("zh300", inputs::fixed("zh300"), Kind::Auto),
        ("msg2k", inputs::text_of(2048), Kind::Message),
        ("url", inputs::fixed("url"), Kind::Auto),
        ("qr", inputs::fixed("qr"), Kind::Qr),
    ];
    let mut g = c.benchmark_group("check");
    g.measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(500));
    for (name, text, kind) in &cases {
        let opts = CheckOptions {
            kind: *kind,
            lang: Lang::Zh,
        };
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| black_box(engine.check(black_box(text), &opts)))
        });
    }
    let big = inputs::text_of(1 << 20);
    g.sample_size(10).measurement_time(Duration::from_secs(4));
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("text1m", |b| {
        b.iter(|| black_box(engine.check(black_box(&big), &CheckOptions::default())))
    });
    g.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
