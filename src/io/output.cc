#include "io/output.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/date.h"

namespace entente::io {

namespace {

using nlohmann::ordered_json;

ordered_json ActorJson(const Actor& a) {
  return ordered_json{{"text", a.text}, {"code", a.code}, {"country", a.country}, {"sector", a.sector}};
}

std::string Tsv(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

}  // namespace

std::string FormatHeader(OutputFormat format) {
  if (format != OutputFormat::kTsv) return "";
  return "event_id\tdate\tyear\tmonth\tday\tsource_full\tsource_entity\tsource_role\t"
         "source_attribute\ttarget_full\ttarget_entity\ttarget_role\ttarget_attribute\tevent_code\t"
         "event_root\tquad_class\tgoldstein\tissues\tlat\tlon\tlocation_name\tstate_name\t"
         "country_code\tsentence_id\turls\tnews_sources\n";
}

void FormatEvent(const Event& e, const Document* doc, OutputFormat format,
                 const std::string& event_id, std::string* out) {
  switch (format) {
    case OutputFormat::kJsonl: {
      ordered_json j;
      j["event_id"] = event_id;
      j["doc_id"] = e.doc_id;
      j["sentence"] = e.sentence;
      j["date"] = base::FormatIsoDate(e.date);
      j["end_date"] = e.end_date ? ordered_json(base::FormatIsoDate(*e.end_date)) : ordered_json(nullptr);
      j["source"] = ActorJson(e.source);
      j["target"] = e.target ? ActorJson(*e.target) : ordered_json(nullptr);
      j["cameo"] = e.cameo;
      j["plover"] = e.plover.empty() ? ordered_json(nullptr) : ordered_json(e.plover);
      j["quad_class"] = e.quad_class;
      j["goldstein"] = e.goldstein;
      j["location"] = e.location ? ordered_json{{"name", e.location->name}, {"country", e.location->country},
                                                {"lat", e.location->lat}, {"lon", e.location->lon}}
                                 : ordered_json(nullptr);
      j["evidence"] = ordered_json{{"sentence_text", e.evidence.sentence_text},
                                   {"verb_text", e.evidence.verb_text},
                                   {"rule", e.evidence.rule},
                                   {"start", e.evidence.start},
                                   {"end", e.evidence.end}};
      if (doc) {
        j["doc_source"] = doc->source.empty() ? ordered_json(nullptr) : ordered_json(doc->source);
        j["url"] = doc->url.empty() ? ordered_json(nullptr) : ordered_json(doc->url);
      }
      *out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      *out += '\n';
      return;
    }
    case OutputFormat::kTsv: {
      char ymd[16];
      std::snprintf(ymd, sizeof ymd, "%04d%02d%02d", e.date.year, e.date.month, e.date.day);
      const Actor empty;
      const Actor& t = e.target ? *e.target : empty;
      std::string row;
      row += Tsv(event_id) + '\t' + ymd + '\t' + std::to_string(e.date.year) + '\t' +
             std::to_string(e.date.month) + '\t' + std::to_string(e.date.day) + '\t';
      row += Tsv(e.source.code) + '\t' + e.source.country + '\t' + e.source.sector + "\t\t";
      row += Tsv(t.code) + '\t' + t.country + '\t' + t.sector + "\t\t";
      row += e.cameo + '\t' + e.cameo.substr(0, 2) + '\t' + std::to_string(e.quad_class) + '\t' +
             Num(e.goldstein) + "\t\t";
      if (e.location) {
        row += Num(e.location->lat) + '\t' + Num(e.location->lon) + '\t' + Tsv(e.location->name) + "\t\t" +
               e.location->country + '\t';
      } else {
        row += "\t\t\t\t\t";
      }
      row += Tsv(e.doc_id) + "_" + std::to_string(e.sentence) + '\t';
      row += (doc ? Tsv(doc->url) : "") + '\t' + (doc ? Tsv(doc->source) : "") + '\n';
      *out += row;
      return;
    }
    case OutputFormat::kPlover: {
      if (e.plover.empty()) return;
      ordered_json j;
      j["id"] = event_id;
      j["date"] = base::FormatIsoDate(e.date);
      j["event_type"] = e.plover;
      j["mode"] = "";
      j["context"] = "";
      j["actor"] = e.source.text;
      j["actor_country"] = e.source.country;
      j["actor_role"] = e.source.sector;
      j["actor_code"] = e.source.code;
      j["recipient"] = e.target ? e.target->text : "";
      j["recipient_country"] = e.target ? e.target->country : "";
      j["recipient_role"] = e.target ? e.target->sector : "";
      j["recipient_code"] = e.target ? e.target->code : "";
      j["location"] = e.location ? ordered_json::array({ordered_json{{"name", e.location->name},
                                                                      {"country", e.location->country},
                                                                      {"lat", e.location->lat},
                                                                      {"lon", e.location->lon}}})
                                 : ordered_json::array();
      j["cameo"] = e.cameo;
      j["goldstein"] = e.goldstein;
      j["doc_id"] = e.doc_id;
      j["sentence"] = e.sentence;
      j["text"] = e.evidence.sentence_text;
      *out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      *out += '\n';
      return;
    }
  }
}

}  // namespace entente::io
