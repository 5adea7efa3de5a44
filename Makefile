# Entente — the two commands: `make demo` and `make test`.
JOBS ?= $(shell nproc)
RELEASE := build/release
ASAN := build/asan
CMAKE_GEN := $(shell command -v ninja >/dev/null 2>&1 && echo -G Ninja)
SHARED ?= $(abspath ../shared)

.PHONY: all deps build build-asan demo test test-release test-asan golden bench clean

all: build

deps:
	@scripts/install-deps.sh

$(RELEASE)/CMakeCache.txt: | deps
	cmake -S . -B $(RELEASE) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Release

$(ASAN)/CMakeCache.txt: | deps
	cmake -S . -B $(ASAN) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DENTENTE_SANITIZE=ON -DENTENTE_BENCH=OFF

build: deps $(RELEASE)/CMakeCache.txt
	cmake --build $(RELEASE) -j $(JOBS)

build-asan: deps $(ASAN)/CMakeCache.txt
	cmake --build $(ASAN) -j $(JOBS)

demo: build
	@scripts/demo.sh $(RELEASE)/entente

test: test-release test-asan

# The PostgreSQL store tests run against a throwaway local cluster (scripts/pg-test-cluster.sh
# sets ENTENTE_TEST_PG and always removes the cluster; without PostgreSQL they skip).
test-release: build
	scripts/pg-test-cluster.sh with sh -c 'cd $(RELEASE) && ENTENTE_SHARED=$(SHARED) ctest --output-on-failure -j $(JOBS)'

test-asan: build-asan
	scripts/pg-test-cluster.sh with sh -c 'cd $(ASAN) && ENTENTE_SHARED=$(SHARED) ctest --output-on-failure -j $(JOBS) -L unit'

golden: build
	$(RELEASE)/entente-golden --dict data/dict --floors tests/golden/floors.txt $(filter-out tests/golden/floors.txt,$(wildcard tests/golden/*.txt))

bench: build
	scripts/bench.sh $(RELEASE)

clean:
	rm -rf build
