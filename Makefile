# The two commands of the README: `make serve` and `make test`. Everything else is a helper.
PORT ?= 8000

.PHONY: serve test setup wasm eval bench clean bench-browser train

serve: ## install what is missing, build, and serve the page on 127.0.0.1
	scripts/setup.sh --serve
	scripts/build-wasm.sh
	@echo "Nutshell: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	python3 -m http.server --bind 127.0.0.1 --directory www $(PORT)

test: ## install what is missing and run every test
	scripts/test.sh

setup:
	scripts/setup.sh

wasm:
	scripts/build-wasm.sh

bench: ## native throughput of each stage (MB/s)
	cargo bench --bench pipeline

# Learned weights, remade from ../shared/train: one line per trainer (each deterministic).
TRAINERS = scripts/train-entities

train: ## remake the learned models from ../shared/train (minutes)
	@set -e; for t in $(TRAINERS); do echo "== $$t"; $$t; done

eval: ## quality figures on ../shared/data
	../shared/eval/nutshell-eval

clean:
	cargo clean
	rm -rf www/pkg

bench-browser: ## the page in headless Chromium: analyze per size, cold start, extraction, memory
	scripts/build-wasm.sh
	node scripts/bench-browser.mjs
