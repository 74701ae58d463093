//! The `nutshell` command line: its JSON contract, JSONL batches and errors.

#![allow(clippy::unwrap_used)] // a test may panic on what it did not expect

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn nutshell(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutshell"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run nutshell");
    // Written from another thread: a batch's output fills the pipe while its input is still
    // being written. The CLI may exit (bad options) before reading its input: a broken pipe is
    // expected then.
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_owned();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    out
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).expect("JSON output")
}

const TEXT: &str =
    "Le café coûte 3,5 € à Paris. Les prix montent depuis 2020. L’été sera chaud 😀. Fin.";

#[test]
fn prints_the_documented_json_with_code_point_offsets() {
    let out = nutshell(&["--sentences", "2"], TEXT);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    assert_eq!(v["language"], "fr");
    assert_eq!(v["offsets"], "codepoints");
    let chars: Vec<char> = TEXT.chars().collect();
    let sentences = v["sentences"].as_array().expect("sentences");
    assert_eq!(sentences.len(), 4);
    for s in sentences {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[start..end].iter().collect::<String>(),
            s["text"].as_str().unwrap()
        );
        assert_eq!(s["kind"], "body");
        assert!(s["score"].is_number());
    }
    assert_eq!(v["summary"].as_array().unwrap().len(), 2);
    for key in ["entities", "keyphrases"] {
        assert!(v[key].is_array(), "{key}");
    }
}

#[test]
fn jsonl_answers_every_line_and_reports_bad_ones() {
    let input = concat!(
        r#"{"id": "a", "text": "One sentence here. Another one there."}"#,
        "\n",
        "not json\n",
        r#"{"id": 7, "html": "<html><body><p>Bonjour à tous. Voici le texte.</p></body></html>"}"#,
        "\n",
        r#"{"id": "b", "text": "x", "lang": "xx"}"#,
        "\n",
        r#"{"id": "c"}"#,
        "\n",
    );
    let out = nutshell(&["--jsonl"], input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| json(l.as_bytes()))
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["sentences"].as_array().unwrap().len(), 2);
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("not a JSON object"));
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["article"]["text"]
        .as_str()
        .unwrap()
        .contains("Bonjour à tous."));
    assert_eq!(lines[3]["id"], "b");
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .starts_with("unknown language `xx`"));
    assert_eq!(lines[4]["error"], "the record has no `text` or `html`");
}

#[test]
fn parallel_batches_answer_in_input_order_with_the_same_bytes() {
    // Records of very different sizes, so that workers finish out of order; bad lines among them.
    let long = "Le président a parlé longtemps à Paris devant les ministres. ".repeat(2_000);
    let mut input = String::new();
    for i in 0..40 {
        let text = if i % 7 == 0 {
            long.as_str()
        } else {
            "Une phrase. Une autre."
        };
        input += &serde_json::json!({ "id": i, "text": text }).to_string();
        input += "\n";
        if i % 9 == 0 {
            input += "not json\n";
        }
    }
    let one = nutshell(&["--jsonl", "--jobs", "1"], &input);
    assert!(one.status.success());
    for jobs in ["2", "3", "8"] {
        let many = nutshell(&["--jsonl", "--jobs", jobs], &input);
        assert!(many.status.success());
        assert_eq!(
            String::from_utf8_lossy(&many.stdout),
            String::from_utf8_lossy(&one.stdout),
            "--jobs {jobs}"
        );
    }
    let default = nutshell(&["--jsonl"], &input);
    assert_eq!(default.stdout, one.stdout);
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&one.stdout)
        .lines()
        .map(|l| json(l.as_bytes()))
        .collect();
    assert_eq!(lines.len(), 45);
    let ids: Vec<i64> = lines.iter().filter_map(|l| l["id"].as_i64()).collect();
    assert_eq!(ids, (0..40).collect::<Vec<i64>>());
    assert_eq!(lines.iter().filter(|l| l.get("error").is_some()).count(), 5);
}

#[test]
fn invalid_options_fail_with_clear_words() {
    for (args, message) in [
        (
            &["--sentences", "0"][..],
            "`sentences` must be a whole number of at least 1, not 0",
        ),
        (
            &["--ratio", "2"][..],
            "`ratio` must be more than 0 and at most 1, not 2",
        ),
        (&["--lang", "xx"][..], "unknown language `xx`"),
        (&["--frobnicate"][..], "unknown option `--frobnicate`"),
        (
            &["--format", "pdf"][..],
            "--format must be json, text, markdown or export",
        ),
        (
            &["--jsonl", "--jobs", "0"][..],
            "--jobs needs a whole number of at least 1, not `0`",
        ),
    ] {
        let out = nutshell(args, TEXT);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(message),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn text_and_markdown_formats_print_the_summary() {
    let out = nutshell(
        &[
            "--format",
            "markdown",
            "--sentences",
            "1",
            "--title",
            "Les prix",
        ],
        TEXT,
    );
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.starts_with("# Les prix\n\n- "), "{md}");
    assert!(md.contains("[§"), "{md}");
    let out = nutshell(&["--format", "text", "--sentences", "1"], TEXT);
    let text = String::from_utf8_lossy(&out.stdout);
    // One summary sentence, then the entities.
    let (summary, entities) = text
        .split_once("\n\nEntities:\n")
        .expect("an entity section");
    assert_eq!(summary.lines().count(), 1, "{text}");
    assert!(entities.contains("Paris (place, 1)"), "{text}");
}

#[test]
fn one_record_is_one_line_whatever_the_text_holds() {
    let input = "{\"id\": 1, \"text\": \"A\u{2028}B\u{2029}C\u{85}D. E.\"}\n";
    let out = nutshell(&["--jsonl"], input);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.matches('\n').count(), 1);
    assert!(!stdout.contains(['\u{85}', '\u{2028}', '\u{2029}']));
    assert!(json(stdout.as_bytes())["sentences"].is_array());
}

/// The id is written by the CLI, not by the report: it was once written with line breaks raw.
#[test]
fn one_record_is_one_line_whatever_the_id_holds() {
    let input = "{\"id\": \"a\u{2028}b\u{85}\", \"text\": \"A. B.\"}\n{\"id\": \"c\u{2029}\"}\n";
    let out = nutshell(&["--jsonl"], input);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.matches('\n').count(), 2);
    assert!(!stdout.contains(['\u{85}', '\u{2028}', '\u{2029}']));
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| json(l.as_bytes())).collect();
    assert_eq!(lines[0]["id"], "a\u{2028}b\u{85}");
    assert_eq!(lines[1]["id"], "c\u{2029}");
    assert!(lines[1]["error"].is_string());
}

#[test]
fn empty_input_is_a_valid_empty_analysis() {
    let v = json(&nutshell(&[], "").stdout);
    assert_eq!(v["sentences"].as_array().unwrap().len(), 0);
    assert_eq!(v["summary"].as_array().unwrap().len(), 0);
}

#[test]
fn export_format_is_the_versioned_json_with_the_options_used() {
    let args = ["--format", "export", "--words", "12", "--lang", "FR"];
    let out = nutshell(&args, TEXT);
    assert!(out.status.success());
    assert_eq!(nutshell(&args, TEXT).stdout, out.stdout, "byte-identical");
    let v = json(&out.stdout);
    assert_eq!(v["format"], "nutshell-analysis");
    assert_eq!(v["formatVersion"], 1);
    assert_eq!(v["engine"], v["version"]);
    assert_eq!(v["offsets"], "codepoints");
    assert_eq!(v["options"]["words"], 12);
    assert_eq!(v["options"]["lang"], "fr");
    // The rest is the analysis the json format prints.
    let plain = json(&nutshell(&["--words", "12", "--lang", "fr"], TEXT).stdout);
    for key in ["sentences", "summary", "entities", "figures"] {
        assert_eq!(v[key], plain[key], "{key}");
    }
}
