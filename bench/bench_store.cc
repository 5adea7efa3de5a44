// bench_store — how fast the event store takes coded events, without the coder in the way.
//
//   build/release/bench_store [--events N] [--db PATH|postgresql://…] [--repeat P] [--chronological]
//                             [--batch DOCS] [--seed S]
//
// Generates documents of 1–16 events (8.5 on average, like the coded benchmark corpus) with
// actors from 60 countries and 6 sectors, 40 CAMEO codes, a ~150-byte evidence sentence each,
// and dates spread at random over 15 years (a worst case for the date index; --chronological
// makes them rise through the run, as a news archive ingested in order does). With --repeat P
// each event is, with probability P, another report of an event of one of the last 2,000
// documents (same actors and code, date within a day), so deduplication has work to do. Ingests them in batches of --batch
// documents (`entente ingest` uses 4,096) into a new store and prints events/s of wall and CPU
// time. A benchmark, not a test: it never fails on a slow time.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "base/date.h"
#include "store/open.h"

namespace {

using namespace entente;

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int Usage() {
  std::fprintf(stderr,
               "usage: bench_store [--events N] [--db PATH|postgresql://...] [--repeat P] [--chronological] "
               "[--batch DOCS] [--seed S]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  size_t n_events = 500000, batch_docs = 4096;
  double repeat = 0;
  bool chronological = false;
  unsigned seed = 1;
  std::string db = (std::filesystem::temp_directory_path() / "entente_bench_store.db").string();
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--events" && has_value) n_events = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--db" && has_value) db = argv[++i];
    else if (a == "--repeat" && has_value) repeat = std::strtod(argv[++i], nullptr);
    else if (a == "--batch" && has_value) batch_docs = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--seed" && has_value) seed = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
    else if (a == "--chronological") chronological = true;
    else return Usage();
  }
  if (n_events == 0 || batch_docs == 0 || repeat < 0 || repeat > 1) return Usage();
  const bool is_file = db.rfind("postgres", 0) != 0;
  if (is_file) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }

  // --- generate ---------------------------------------------------------------------------
  std::mt19937_64 rng(seed);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  std::vector<std::string> countries;
  for (int i = 0; i < 60; ++i) {
    countries.push_back(std::string{static_cast<char>('A' + i % 26), static_cast<char>('A' + (i * 7) % 26),
                                    static_cast<char>('A' + (i * 11 + 3) % 26)});
  }
  const char* sectors[] = {"", "GOV", "MIL", "GOV", "OPP", "BUS"};
  const char* cameos[] = {"010", "012", "013", "020", "031", "036", "040", "042", "043", "044", "045", "046", "050",
                          "051", "057", "061", "064", "071", "081", "090", "100", "110", "111", "112", "120", "128",
                          "130", "138", "141", "160", "163", "172", "173", "180", "183", "190", "193", "195", "0874",
                          "1041"};
  const char* words[] = {"minister", "talks", "agreement", "visit", "the", "of", "in", "on", "said", "capital",
                         "delegation", "signed", "cooperation", "border", "forces", "statement", "president", "and"};
  const int first_day = base::DaysFromCivil(Date{2011, 1, 1});
  const int span = 15 * 365;

  std::vector<Document> docs;
  std::vector<std::vector<Event>> events;
  size_t made = 0;
  while (made < n_events) {
    const size_t k = std::min<size_t>(1 + pick(16), n_events - made);
    const int doc_day = chronological ? first_day + static_cast<int>(static_cast<double>(made) / n_events * span)
                                      : first_day + static_cast<int>(pick(span));
    Document d;
    d.id = "doc-" + std::to_string(docs.size());
    d.date = base::CivilFromDays(doc_day);
    d.source = "outlet-" + std::to_string(pick(40));
    d.url = "https://news.example/" + d.id;
    std::vector<Event> evs;
    for (size_t j = 0; j < k; ++j) {
      Event e;
      e.doc_id = d.id;
      e.sentence = static_cast<uint32_t>(j);
      const bool again = repeat > 0 && made + j > 0 && std::uniform_real_distribution<double>()(rng) < repeat;
      if (again) {
        // Another report of an event of one of the last 2,000 documents (outlets report the
        // same event within days of each other), or of this document when it is the first.
        const auto& older = events.empty() ? evs : events[events.size() - 1 - pick(std::min<size_t>(events.size(), 2000))];
        if (!older.empty()) {
          e = older[pick(older.size())];
          e.doc_id = d.id;
          e.sentence = static_cast<uint32_t>(j);
          e.date = base::CivilFromDays(base::DaysFromCivil(e.date) + static_cast<int>(pick(3)) - 1);
          evs.push_back(std::move(e));
          continue;
        }
      }
      const std::string& a = countries[pick(countries.size())];
      std::string b = countries[pick(countries.size())];
      if (b == a) b = countries[(static_cast<size_t>(&a - countries.data()) + 1 + pick(59)) % countries.size()];
      const std::string sa = sectors[pick(6)], sb = sectors[pick(6)];
      e.source = Actor{a + " " + sa, a + sa, a, sa};
      e.target = Actor{b + " " + sb, b + sb, b, sb};
      e.cameo = cameos[pick(40)];
      e.plover = "CONSULT";
      e.quad_class = 1 + static_cast<int>(pick(4));
      e.goldstein = static_cast<double>(pick(200)) / 10.0 - 10.0;
      e.date = base::CivilFromDays(doc_day - static_cast<int>(pick(4)));
      std::string sentence;
      while (sentence.size() < 150) {
        sentence += words[pick(18)];
        sentence += ' ';
      }
      e.evidence = Evidence{sentence, "signed", "verb:sign * agreement [verbs.tsv:1200]",
                            static_cast<uint32_t>(j * 160), static_cast<uint32_t>(j * 160 + 150)};
      if (pick(3) == 0) e.location = Location{"Capital", b, 10.5, 20.25};
      evs.push_back(std::move(e));
    }
    d.text = "text of " + d.id;
    made += evs.size();
    docs.push_back(std::move(d));
    events.push_back(std::move(evs));
  }

  // --- ingest -----------------------------------------------------------------------------
  auto opened = store::OpenStore(db, {});
  if (!opened.ok()) {
    std::fprintf(stderr, "bench_store: %s\n", opened.status().message().c_str());
    return 2;
  }
  auto& s = *opened.value();
  store::IngestCounts counts;
  const double cpu0 = CpuSeconds();
  const auto t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < docs.size(); i += batch_docs) {
    std::vector<store::CodedDocument> batch;
    for (size_t j = i; j < std::min(docs.size(), i + batch_docs); ++j) batch.push_back({&docs[j], &events[j]});
    if (Status st = s.Ingest(batch, &counts); !st.ok()) {
      std::fprintf(stderr, "bench_store: %s\n", st.message().c_str());
      return 2;
    }
  }
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = CpuSeconds() - cpu0;
  std::printf("bench_store: %zu documents, %zu mentions -> %zu events (repeat %.2f, %s dates, batches of %zu)\n",
              docs.size(), counts.mentions_added, counts.events_created, repeat,
              chronological ? "chronological" : "random", batch_docs);
  std::printf("bench_store: %.3f s wall = %.0f mentions/s; %.3f s CPU = %.0f mentions/s (this process)\n", wall,
              static_cast<double>(counts.mentions_added) / wall, cpu,
              static_cast<double>(counts.mentions_added) / cpu);
  if (is_file) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }
  return 0;
}
