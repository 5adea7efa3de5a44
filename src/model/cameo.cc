#include "model/cameo.h"

#include <algorithm>
#include <iterator>

namespace entente::model {

bool IsSectorCode(std::string_view code) {
  // Sorted for binary search.
  static constexpr std::string_view kSectors[] = {
      "AGR", "AMN", "BUS", "CHR", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH",
      "HRI", "IGO", "IMG", "INS", "JEW", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "MUS",
      "NGM", "NGO", "OPP", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF", "UIS"};
  return std::binary_search(std::begin(kSectors), std::end(kSectors), code);
}

std::string JoinActorCode(std::string_view country, std::string_view sector) {
  std::string out(country);
  out.append(sector);
  return out;
}

}  // namespace entente::model
