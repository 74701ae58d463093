# The two commands of the README: `make serve` and `make test`. Everything else is a helper.
PORT ?= 8000

.PHONY: serve test setup build wasm npm extension eval train bench clean bench-browser

serve: ## install what is missing, build, and serve the built page on 127.0.0.1
	scripts/setup.sh --serve
	scripts/build-page.sh
	@echo "Nutshell: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	python3 -m http.server --bind 127.0.0.1 --directory "$$(node scripts/layout.mjs page)" $(PORT)

test: ## install what is missing and run every test
	scripts/test.sh

setup:
	scripts/setup.sh

build: ## the page, as served and shipped
	scripts/build-page.sh

wasm:
	scripts/build-wasm.sh

extension: ## the browser extension: a folder and a zip each for Chrome and Firefox
	scripts/build-extension.sh

npm: ## the npm package, in pkg/
	scripts/build-npm.sh

bench: ## natively: each stage against the single pass over the text; the CLI as a whole process
	cargo bench --bench pipeline
	scripts/bench-cli.sh

# Learned weights, remade from ../shared/train: one line per trainer (each deterministic).
TRAINERS = scripts/train-entities scripts/train-salience

train: ## remake the learned models from ../shared/train (minutes)
	@set -e; for t in $(TRAINERS); do echo "== $$t"; $$t; done

eval: ## quality figures on ../shared/data
	../shared/eval/nutshell-eval

clean:
	cargo clean
	rm -rf "$$(node scripts/layout.mjs page)" "$$(node scripts/layout.mjs extension)" pkg

bench-browser: ## the page in headless Chromium against wink-nlp, compromise, one pass and an empty page
	scripts/build-page.sh
	node scripts/bench-browser.mjs
