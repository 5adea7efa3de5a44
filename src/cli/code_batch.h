// cli/code_batch.h — runs per-document work of a batch on N threads (shared by `code` and
// `ingest`): worker w always uses scratch space w, and results go to per-document slots so the
// caller can use them in input order.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace entente::cli {

// Calls work(i, w) for every i in [0, n), spread over `threads` workers (worker 0 is the calling
// thread). Each index is handled exactly once; work must only touch slot i and worker w's state.
template <typename Work>
void ForEachDocument(size_t n, int threads, Work&& work) {
  std::atomic<size_t> next{0};
  auto worker = [&](int w) {
    while (true) {
      const size_t i = next.fetch_add(1);
      if (i >= n) return;
      work(i, w);
    }
  };
  if (threads <= 1 || n < 2) {
    worker(0);
    return;
  }
  std::vector<std::thread> pool;
  for (int w = 1; w < threads; ++w) pool.emplace_back(worker, w);
  worker(0);
  for (auto& t : pool) t.join();
}

}  // namespace entente::cli
