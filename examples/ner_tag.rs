//! Prints the mentions the built-in entity tagger finds in a text file (or standard input), one
//! per line: kind, then the mention's text.
//! `cargo run --release --example ner_tag -- FILE [LANG [MODEL_FILE]]` (the language is detected
//! when not given; the model is the built-in one unless a model file is given).

use nutshell::{ner, Lang};
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) if path != "-" => std::fs::read_to_string(&path).expect("read the file"),
        _ => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .expect("read standard input");
            s
        }
    };
    let lang = args
        .next()
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or_else(|| nutshell::detect::detect_text(&text));
    if let Some(path) = args.next() {
        let bytes = std::fs::read(&path).expect("read the model");
        ner::load(lang, &bytes).expect("a model");
    }
    match ner::tag_text(&text, lang) {
        Some(mentions) => {
            for m in mentions {
                println!("{:?}\t{}", m.kind, m.span.of(&text));
            }
        }
        None => eprintln!("no entity model for {}", lang.code()),
    }
}
