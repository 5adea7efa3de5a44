// coder/rules.h — CAMEO rules that depend only on the event code (no text): what a compound
// subject does to itself, and what intended or refused events code as.
#pragma once

#include <string_view>

namespace entente::coder {

// Events that a compound subject does to each other when no target is named ("Russia and
// Belarus signed an agreement", "the two sides held talks", "troops of both sides clashed").
bool IsSymmetric(std::string_view code);

// The CAMEO 03 (intend to ...) code for a future or intended version of `code`; "" when an
// intention to do it is not an event (e.g. intended attacks are not coded as threats here).
std::string_view IntentCode(std::string_view code);

// The CAMEO 12 (reject ...) code for refusing to do `code`; "" when there is none.
std::string_view RefusalCode(std::string_view code);

// The CAMEO 13 (threaten ...) code for threatening to do `code`, a reduction of relations, a
// coercive act or force (CAMEO 16-20: "cut ties" 161 -> 1313, "strike" 190 -> 1384); "" when
// CAMEO 13 has none.
std::string_view ThreatCode(std::string_view code);

}  // namespace entente::coder
