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
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return -1;
  return (code[0] - '0') * 10 + (code[1] - '0');
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
