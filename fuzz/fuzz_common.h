// fuzz/fuzz_common.h — helpers shared by the fuzz targets (not part of the library).
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

namespace entente::fuzz {

// A scratch file unique to this process (libFuzzer's -fork/-jobs run several at once), removed
// at exit. Write() replaces its contents and returns false when the disk refuses.
class TempFile {
 public:
  explicit TempFile(const char* stem) {
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    path_ = (dir / (std::string(stem) + "-" + std::to_string(::getpid()))).string();
  }
  ~TempFile() { std::remove(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  bool Write(const void* data, size_t size) const {
    FILE* f = std::fopen(path_.c_str(), "wb");
    if (!f) return false;
    const bool ok = size == 0 || std::fwrite(data, 1, size, f) == size;
    return std::fclose(f) == 0 && ok;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace entente::fuzz
