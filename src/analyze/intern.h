// analyze/intern.h — string interning for the analyses' hot loops (internal to analyze/).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace entente::analyze {

// Gives each distinct string a dense id (0, 1, ...) in order of first appearance, so per-event
// work is integer hashing rather than string copies. Looking up takes a string_view.
class Interner {
 public:
  int Id(std::string_view s) {
    auto it = ids_.find(s);
    if (it != ids_.end()) return it->second;
    names_.emplace_back(s);
    const int id = static_cast<int>(names_.size() - 1);
    ids_.emplace(names_.back(), id);
    return id;
  }
  const std::string& Name(int id) const { return names_[static_cast<size_t>(id)]; }
  int size() const { return static_cast<int>(names_.size()); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, int, Hash, std::equal_to<>> ids_;
  std::vector<std::string> names_;
};

}  // namespace entente::analyze
