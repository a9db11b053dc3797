//! The slowest inputs we could build: each near the 1 MiB limit and aimed at one part of the
//! engine. scripts/bench.sh prints the slowest; it bounds the time of any one check.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use scamcheck::limits::MAX_INPUT_BYTES;
use scamcheck::{CheckOptions, Engine, Kind, Lang};
use std::hint::black_box;
use std::time::Duration;

mod inputs;

const M: usize = MAX_INPUT_BYTES;

/// (name, kind, input). Every input is cut to at most 1 MiB, where the engine cuts anyway.
pub fn worst_inputs() -> Vec<(&'static str, Kind, String)> {
    raw_inputs()
        .into_iter()
        .map(|(n, k, t)| (n, k, scamcheck::limits::prefix(&t, M).to_string()))
        .collect()
}

fn raw_inputs() -> Vec<(&'static str, Kind, String)> {
    let urls = |n: usize| -> String {
        (0..n)
            .map(|i| format!("http://s{i}.icbc-{}.top/p?i={i} ", i % 97))
            .collect()
    };
    vec![
        ("many_urls_100k", Kind::Message, urls(100_000)),
        ("bare_domains", Kind::Message, "icbc.top ".repeat(M / 9)),
        (
            "one_huge_url",
            Kind::Url,
            format!("http://a.com/{}", "a/".repeat(M / 2 - 8)),
        ),
        (
            "huge_host",
            Kind::Url,
            format!("http://{}com/", "ab.".repeat(M / 3 - 4)),
        ),
        (
            "huge_url_in_text",
            Kind::Message,
            format!("点击 http://icbc.top/{} 领取", "x".repeat(M - 40)),
        ),
        (
            "percent_nested",
            Kind::Url,
            format!("http://example.com/%{}41", "25".repeat(M / 2 - 16)),
        ),
        (
            "homoglyph_flood",
            Kind::Auto,
            "аррӏе.соm раура1.соm ".repeat(M / 38),
        ),
        (
            "homoglyph_host",
            Kind::Url,
            format!("http://{}.com/", "іcbс".repeat(M / 6 - 4)),
        ),
        ("cjk_one_char", Kind::Message, "刷".repeat(M / 3)),
        ("no_spaces_ascii", Kind::Message, "a".repeat(M)),
        ("no_spaces_alnum", Kind::Message, "ab1".repeat(M / 3)),
        (
            "cue_flood",
            Kind::Message,
            "刷单返利垫付做任务佣金".repeat(M / 33),
        ),
        (
            "overlapping_cues",
            Kind::Message,
            "先垫付先垫付先垫".repeat(M / 24),
        ),
        ("negation_flood", Kind::Message, "不会垫付".repeat(M / 12)),
        (
            "condition_negation_clause",
            Kind::Message,
            "如果不会垫付 if not ".repeat(M / 30),
        ),
        ("variant_flood", Kind::Message, "薇信v信威信".repeat(M / 15)),
        (
            "invisible_flood",
            Kind::Message,
            "刷\u{200B}单\u{202E}".repeat(M / 12),
        ),
        (
            "fullwidth_flood",
            Kind::Auto,
            "ｈｔｔｐ：／／ｉｃｂｃ．ｃｏｍ ".repeat(M / 52),
        ),
        ("digits_flood", Kind::Message, "1234567890 ".repeat(M / 11)),
        (
            "phone_numbers",
            Kind::Message,
            "13800138000,".repeat(M / 12),
        ),
        (
            "amounts_rates",
            Kind::Message,
            "日收益3%转账5000元".repeat(M / 23),
        ),
        ("mixed_text", Kind::Message, inputs::text_of(M)),
        (
            "qr_vcard",
            Kind::Qr,
            format!("BEGIN:VCARD\n{}END:VCARD", "TEL:10086\n".repeat(M / 10 - 3)),
        ),
        ("emoji_astral", Kind::Message, "😀𝕒🏦".repeat(M / 12)),
        ("at_signs", Kind::Message, "a@b.top/ ".repeat(M / 9)),
    ]
}

fn worst(c: &mut Criterion) {
    let engine = Engine::new();
    let mut g = c.benchmark_group("worst");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(1))
        .warm_up_time(Duration::from_millis(200));
    for (name, kind, text) in worst_inputs() {
        assert!(text.len() <= M, "{name} is {} bytes", text.len());
        let opts = CheckOptions {
            kind,
            lang: Lang::Zh,
        };
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| black_box(engine.check(black_box(&text), &opts)))
        });
    }
    g.finish();
}

criterion_group!(benches, worst);
criterion_main!(benches);
