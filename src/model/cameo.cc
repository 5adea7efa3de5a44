#include "model/cameo.h"

namespace entente::model {

int CameoRoot(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return -1;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

std::string JoinActorCode(std::string_view country, std::string_view sector) {
  std::string out(country);
  out.append(sector);
  return out;
}

}  // namespace entente::model
