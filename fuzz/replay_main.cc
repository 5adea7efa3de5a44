// fuzz/replay_main.cc — runs a fuzz target over saved inputs, without libFuzzer.
//
//   fuzz_tokenizer_replay fuzz/corpus/fuzz_tokenizer fuzz/regressions/fuzz_tokenizer [file...]
//
// Every regular file under the given directories (recursively, in name order; hidden files such
// as .gitkeep skipped) and every file given by name is fed once to LLVMFuzzerTestOneInput. A
// crash, a sanitizer report or a trap ends the process with an error, so this is how ctest and
// CI (which do not run libFuzzer) keep every corpus entry and regression passing. An input that
// runs longer than 60 s (ENTENTE_REPLAY_TIMEOUT) fails as a hang, naming its file; with -v
// every input's path is printed to stderr before it runs.
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace fs = std::filesystem;

namespace {

bool Hidden(const fs::path& p) { return p.filename().string().rfind('.', 0) == 0; }

// The input being replayed, for the timeout message (set before each run; read in a handler).
const char* volatile g_current = "";

void OnTimeout(int) {
  const char msg[] = "replay: timeout (a hang?) on ";
  (void)!write(STDERR_FILENO, msg, sizeof msg - 1);
  (void)!write(STDERR_FILENO, const_cast<const char*>(g_current), strlen(const_cast<const char*>(g_current)));
  (void)!write(STDERR_FILENO, "\n", 1);
  _exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-v") == 0) {
      verbose = true;
      continue;
    }
    const fs::path arg(argv[i]);
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      for (auto it = fs::recursive_directory_iterator(arg, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (it->is_regular_file() && !Hidden(it->path())) files.push_back(it->path());
      }
    } else if (fs::is_regular_file(arg, ec)) {
      files.push_back(arg);
    } else {
      std::fprintf(stderr, "replay: %s: no such file or directory\n", argv[i]);
      return 2;
    }
    if (ec) {
      std::fprintf(stderr, "replay: %s: %s\n", argv[i], ec.message().c_str());
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  unsigned timeout = 60;
  if (const char* env = std::getenv("ENTENTE_REPLAY_TIMEOUT"); env && *env) timeout = std::atoi(env);
  std::signal(SIGALRM, OnTimeout);
  size_t bytes = 0;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "replay: %s: cannot read\n", f.c_str());
      return 2;
    }
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (verbose) std::fprintf(stderr, "replay: %s (%zu bytes)\n", f.c_str(), data.size());
    // A copy of exactly `size` bytes on the heap, so ASan sees reads past the end.
    std::vector<uint8_t> buf(data.begin(), data.end());
    const std::string name = f.string();
    g_current = name.c_str();
    alarm(timeout);
    LLVMFuzzerTestOneInput(buf.data(), buf.size());
    alarm(0);
    bytes += data.size();
  }
  std::printf("replayed %zu inputs (%zu bytes) without a crash\n", files.size(), bytes);
  return 0;
}
