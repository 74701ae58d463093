//! Every crash or slow input found by `cargo fuzz` (see fuzz/README.md), replayed through the
//! fuzz target's own code (`fuzz/common/checks.rs`): no panic, the invariants hold, and it
//! finishes in time. Small inputs are embedded here, named after the bug; larger ones live in
//! `tests/fixtures/fuzz/<target>/` and are all replayed by `fixture_files`.
#![allow(clippy::unwrap_used)]

#[path = "../fuzz/common/checks.rs"]
mod checks;

use std::sync::mpsc;
use std::time::Duration;

#[derive(Clone, Copy, Debug)]
enum Target {
    Analyze,
    Extract,
    Options,
}

impl Target {
    fn run(self, data: &[u8]) {
        match self {
            Target::Analyze => checks::analyze_bytes(data),
            Target::Extract => checks::extract_bytes(data),
            Target::Options => checks::options_bytes(data),
        }
    }
}

/// libFuzzer's -timeout in the smoke run is 10 s; a debug build is slower, so allow more here.
const LIMIT: Duration = Duration::from_secs(30);

/// Runs one input on a thread, so that a hang fails the test instead of stalling it.
fn replay(name: &str, target: Target, data: Vec<u8>) {
    let (tx, rx) = mpsc::channel();
    let thread = std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            target.run(&data);
            tx.send(()).unwrap();
        })
        .unwrap();
    match rx.recv_timeout(LIMIT) {
        Ok(()) => thread.join().unwrap(),
        // The sender is dropped without sending when the thread panicked: report its panic.
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            if let Err(panic) = thread.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{name}: {target:?} did not finish within {LIMIT:?}")
        }
    }
}

struct Case {
    name: &'static str,
    target: Target,
    input: &'static [u8],
}

/// Found by the fuzzers; each named after what it broke.
const CASES: &[Case] = &[
    // `Length::Seconds(usize::MAX)` (a public `Options` field, unvalidated): the word budget
    // `s * 230 / 60` overflowed (a panic in debug builds; a wrong budget in release). On wasm32,
    // where usize is 32 bits, even a validated `{"seconds": 1e9}` overflowed.
    Case {
        name: "seconds_budget_overflow",
        target: Target::Analyze,
        input: b"\x07\x00Un mot. Deux mots.",
    },
];

#[test]
fn named_cases() {
    for c in CASES {
        replay(c.name, c.target, c.input.to_vec());
    }
}

#[test]
fn fixture_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut replayed = 0;
    for (dir, target) in [
        ("analyze", Target::Analyze),
        ("extract", Target::Extract),
        ("options", Target::Options),
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
            replay(&name, target, std::fs::read(&path).unwrap());
            replayed += 1;
        }
    }
    println!("replayed {replayed} fixture files");
}

/// The seeds of the fuzz corpus pass too (they are what every fuzz run starts from).
#[test]
fn fuzz_seeds() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let mut replayed = 0;
    for (dir, target) in [
        ("analyze", Target::Analyze),
        ("extract", Target::Extract),
        ("options", Target::Options),
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            replay(
                &path.display().to_string(),
                target,
                std::fs::read(&path).unwrap(),
            );
            replayed += 1;
        }
    }
    assert!(replayed >= 3, "the seeds are missing");
}
