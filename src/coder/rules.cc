// coder/rules.cc — CAMEO rules that depend only on the event code (see rules.h).
#include "coder/rules.h"

#include "model/cameo.h"

namespace entente::coder {

// Events that a compound subject does to each other when no target is named ("Russia and
// Belarus signed an agreement", "the two sides held talks", "troops of both sides clashed").
bool IsSymmetric(std::string_view code) {
  const int root = model::CameoRoot(code);
  if (root == 4) return code.substr(0, 3) != "042" && code.substr(0, 3) != "043" && code.substr(0, 3) != "045";
  // (Intents to aid, reform, yield or mediate are one side's: "Qatar and Egypt said they were
  // ready to keep mediating" mediate between others.)
  if (root == 3) {
    const std::string_view three = code.substr(0, 3);
    // ("agreed to cut tariffs": easing trade barriers with no target named is on each other.)
    return three == "030" || three == "031" || three == "032" || three == "036" || three == "037" || code == "0354";
  }
  if (code.substr(0, 3) == "085") return true;
  // ("Kim and Shoigu reached a consensus": an accord voiced by two sides is with each other.)
  if (code == "019") return true;
  if (root == 6) return true;
  // ("Iran and Saudi Arabia restored diplomatic relations": 054 between the two; "Russia and
  // China cooperated": 050.)
  if (code.substr(0, 3) == "057" || code.substr(0, 3) == "087" || code.substr(0, 3) == "054" || code == "050") return true;
  if (root == 19) return code.substr(0, 3) == "190" || code.substr(0, 3) == "193" || code.substr(0, 3) == "194";
  return false;
}

// Maps an event to what a future/intended version of it codes as (CAMEO 03 family).
std::string_view IntentCode(std::string_view code) {
  const int root = model::CameoRoot(code);
  const std::string_view three = code.substr(0, 3);
  switch (root) {
    case 1: case 2: case 3: case 13: return code;
    case 4: return three == "045" ? "039" : "036";  // (mediation: "ready to mediate" 039)
    case 5: return "032";
    case 6:
      if (three == "061") return "0311";
      if (three == "062") return "0312";
      if (three == "063") return "0313";
      if (three == "064") return "0314";
      return "031";
    case 7:
      if (three == "071") return "0331";
      if (three == "072") return "0332";
      if (three == "073") return "0333";
      if (three == "074") return "0334";
      return "033";
    case 8:
      if (three == "081") return "0351";
      if (three == "082") return "0352";
      // (a promised political reform is CAMEO 034: "vowed to step down", "pledged to hold
      // elections")
      if (three == "083") {
        if (code == "0831") return "0341";
        if (code == "0832") return "0342";
        if (code == "0833") return "0343";
        if (code == "0834") return "0344";
        return "034";
      }
      if (three == "084") return "0353";
      if (three == "085") return "0354";
      if (three == "086") return "0355";
      if (three == "087") return "0356";
      return "035";
    default: return "";
  }
}

// Maps an event to the CAMEO 12 (reject) code for refusing to do it.
std::string_view RefusalCode(std::string_view code) {
  const int root = model::CameoRoot(code);
  const std::string_view three = code.substr(0, 3);
  switch (root) {
    case 2: case 3: return "120";
    case 4: return "125";
    case 5: return three == "057" ? "127" : "120";
    case 6:
      if (three == "061") return "1211";
      if (three == "062") return "1212";
      return "121";
    case 7:
      if (three == "071") return "1221";
      if (three == "072") return "1222";
      return "122";
    case 8:
      if (three == "081") return "1241";
      if (three == "082") return "1242";
      if (three == "084") return "1243";
      if (three == "085") return "1244";
      if (three == "086") return "1245";
      if (three == "087") return "1246";
      return "124";
    default: return "";
  }
}

// Maps an act to the CAMEO 13 (threaten) code for threatening it.
std::string_view ThreatCode(std::string_view code) {
  const int root = model::CameoRoot(code);
  const std::string_view three = code.substr(0, 3);
  switch (root) {
    case 16:
      if (three == "161") return "1313";
      if (three == "162") return "1311";
      if (three == "163") return "1312";
      if (three == "164") return "134";
      if (three == "165") return "135";
      if (three == "166") return "136";
      return "131";
    case 17:
      if (code == "1721") return "1321";
      if (code == "1722") return "1322";
      if (code == "1723") return "1323";
      if (code == "1724") return "1324";
      if (three == "172") return "132";
      if (three == "173" || three == "174" || three == "175") return "137";
      return "";
    case 18: return "1383";
    case 19:
      if (three == "191") return "1381";
      if (three == "192") return "1382";
      return "1384";
    case 20: return "1385";
    default: return "";
  }
}

}  // namespace entente::coder
