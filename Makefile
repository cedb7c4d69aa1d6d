# The two commands of README.md, and a few shortcuts for developers.
# Each target runs the set-up first (quietly when nothing is missing).
.PHONY: demo test build dist native clean bench

demo:
	@scripts/demo

test:
	@scripts/test

build:
	@scripts/setup && scripts/build all

native:
	@scripts/setup && scripts/build native

dist:
	@scripts/setup && scripts/build dist

bench:
	@scripts/setup && scripts/build all && scripts/bench

clean:
	rm -rf build dist
