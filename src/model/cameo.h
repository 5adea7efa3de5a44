// model/cameo.h — plain value types for CAMEO event codes and actor codes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace entente::model {

// One row of the CAMEO code table.
struct CameoInfo {
  std::string code;      // "042"
  std::string name;      // "Make a visit"
  double goldstein = 0;  // -10 .. +10
  int quad_class = 0;    // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover;    // "CONSULT"; empty for the 01/02 families
};

// The two-digit root of a CAMEO code ("1951" → 19). Returns -1 for malformed codes.
// (Inline: the coder asks for the root of the code in hand many times per event.)
inline int CameoRoot(std::string_view code) {
  if (code.size() < 2) return -1;
  const unsigned d0 = static_cast<unsigned char>(code[0]) - '0', d1 = static_cast<unsigned char>(code[1]) - '0';
  return d0 < 10 && d1 < 10 ? static_cast<int>(d0 * 10 + d1) : -1;
}

// Actor-code helpers: "PRKGOV" → country "PRK" when it is a known country, sector "GOV".
struct ActorParts {
  std::string country;
  std::string sector;
};

// True for the three-letter CAMEO actor codes that name a sector, role or kind of organisation
// rather than a country or region: GOV, MIL, REB, OPP, IGO, NGO, MED, ... (the CAMEO actor
// codebook's "role" and "organisation type" codes).
bool IsSectorCode(std::string_view code);

// Joins a country code and a sector ("PRK" + "GOV" → "PRKGOV"); either may be empty.
std::string JoinActorCode(std::string_view country, std::string_view sector);

}  // namespace entente::model
