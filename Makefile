# Vigil — build, test, benchmark and demo.
# `make demo` and `make test` set up everything they need on a fresh Debian machine.

SWIFT        ?= swift
FORMAT_PATHS := Package.swift Sources Tests Benchmarks/Package.swift Benchmarks/Benchmarks

.PHONY: all setup build release test format format-check bench bench-peers bench-pandora demo install-pandora-plugin clean

all: build

## Install missing Debian packages (idempotent, quiet when nothing is missing).
setup:
	@scripts/setup.sh

## Debug build of every target.
build: setup
	$(SWIFT) build

## Optimised build of the `vigil` binary.
release: setup
	$(SWIFT) build -c release --product vigil

## The whole test suite, then the format check.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory format-check

## Rewrite sources in the project's style.
format:
	$(SWIFT) format --in-place --recursive $(FORMAT_PATHS)

## Fail when a source file is not in the project's style.
format-check:
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

## Every benchmark (package-benchmark, release build): speed, memory, compression.
bench: setup
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark --no-progress

## PyTorch and Keras on the same forecaster workload, for ratios (needs ../shared, ~7 GB of wheels).
bench-peers:
	@Benchmarks/Peers/run.sh

## Install vigil and the pandora_tf_anomaly plugin command (PREFIX=/usr/local, PLUGIN_DIR=Pandora's plugin folder).
PREFIX     ?= /usr/local
PLUGIN_DIR ?= /usr/share/pandora_server/util/plugin
install-pandora-plugin: release
	@scripts/install-pandora-plugin.sh "$$($(SWIFT) build -c release --show-bin-path)/vigil" "$(PREFIX)" "$(PLUGIN_DIR)"

## The main job, on the embedded default store.
demo: release
	@scripts/demo.sh "$$($(SWIFT) build -c release --show-bin-path)/vigil"

clean:
	rm -rf .build Benchmarks/.build
