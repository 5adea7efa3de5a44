// The event store, on SQLite and on PostgreSQL: schema and version checks, idempotent ingest,
// replacement of changed documents, deduplication across reports, query filters, and crash
// safety. Every StoreTest runs once per backend; the PostgreSQL instances need a scratch
// database in ENTENTE_TEST_PG (postgresql://…; `make test` starts one with
// scripts/pg-test-cluster.sh) and skip without it. Each test works in fresh schemas, dropped at
// the end. StoreCompare checks that both backends give the same results on the same input.
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "analyze/dyads.h"
#include "analyze/trends.h"
#include "base/date.h"
#include "store/open.h"
#include "store/pg_store.h"
#include "store/sqlite_store.h"
#include "test_support.h"

namespace entente::store {
namespace {

using testing_support::TempDir;
namespace fs = std::filesystem;

Date D(const char* iso) { return *base::ParseIsoDate(iso); }

Event Ev(const std::string& src, const std::string& tgt, const std::string& cameo, const char* date,
         const char* end = nullptr, uint32_t sentence = 0) {
  Event e;
  e.sentence = sentence;
  e.date = D(date);
  if (end) e.end_date = D(end);
  e.source = Actor{src + " text", src, src.substr(0, 3), src.size() > 3 ? src.substr(3) : ""};
  if (!tgt.empty()) e.target = Actor{tgt + " text", tgt, tgt.substr(0, 3), tgt.size() > 3 ? tgt.substr(3) : ""};
  e.cameo = cameo;
  e.plover = cameo.rfind("04", 0) == 0 ? "CONSULT" : cameo.rfind("16", 0) == 0 ? "SANCTION" : "";
  e.quad_class = 1;
  e.goldstein = 1.5;
  e.evidence = Evidence{"The sentence.", "met", "verb:meet *", 10, 23};
  return e;
}

// A document with its coded events (doc_id filled in).
struct Coded {
  Document doc;
  std::vector<Event> events;
};
Coded Doc(const std::string& id, const std::string& text, const std::string& source, std::vector<Event> events,
          const char* date = "2025-10-30") {
  Coded c;
  c.doc.id = id;
  c.doc.text = text;
  c.doc.date = D(date);
  c.doc.source = source;
  c.doc.url = "https://example.org/" + id;
  for (Event& e : events) e.doc_id = id;
  c.events = std::move(events);
  return c;
}

Status IngestAll(EventStore& s, const std::vector<Coded>& docs, IngestCounts* counts = nullptr) {
  std::vector<CodedDocument> batch;
  for (const Coded& c : docs) batch.push_back({&c.doc, &c.events});
  return s.Ingest(batch, counts);
}

std::unique_ptr<EventStore> MustOpen(const std::string& db, const OpenOptions& options = {}) {
  auto r = OpenStore(db, options);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(r.value()) : nullptr;
}

OpenOptions ReadOnly() {
  OpenOptions o;
  o.read_only = true;
  return o;
}

enum class Backend { kSqlite, kPostgres };

std::string BackendName(const testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

// The scratch PostgreSQL database for the tests, or "" when not configured.
std::string TestPgUri() {
  const char* uri = std::getenv("ENTENTE_TEST_PG");
  return uri && *uri ? uri : "";
}
constexpr const char* kNoPgMessage =
    "ENTENTE_TEST_PG is not set: PostgreSQL tests skipped (set it to postgresql://… of a scratch database; "
    "`make test` starts a throwaway cluster with scripts/pg-test-cluster.sh)";

// Fresh, empty store locations on one backend, removed at the end of the test: SQLite files in
// a temporary folder, or new schemas of the ENTENTE_TEST_PG database (the store URI selects one
// with search_path). Exec/Number run SQL on a location behind the store's back.
class Scratch {
 public:
  explicit Scratch(Backend backend) : backend_(backend) {}
  ~Scratch() {
    if (!admin_) return;
    for (const auto& [db, schema] : schemas_) Run("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    PQfinish(admin_);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  // Empty on success, else why the backend cannot be used.
  std::string Connect() {
    if (backend_ == Backend::kSqlite) return "";
    const std::string uri = TestPgUri();
    if (uri.empty()) return kNoPgMessage;
    admin_ = PQconnectdb(uri.c_str());
    if (PQstatus(admin_) != CONNECTION_OK) return std::string("cannot connect to ENTENTE_TEST_PG: ") + PQerrorMessage(admin_);
    PQsetNoticeProcessor(admin_, [](void*, const char*) {}, nullptr);
    return "";
  }

  // A new empty location: an SQLite path or a PostgreSQL URI.
  std::string NewDb() {
    const std::string n = std::to_string(++count_);
    if (backend_ == Backend::kSqlite) return dir_.file("e" + n + ".db");
    static std::mt19937_64 rng(std::random_device{}());
    const std::string schema = "entente_t" + std::to_string(getpid()) + "_" + std::to_string(rng() % 1000000000) + "_" + n;
    Run("CREATE SCHEMA " + schema);
    const std::string uri = TestPgUri();
    const std::string db = uri + (uri.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
    schemas_[db] = schema;
    return db;
  }

  // Runs SQL (without results) on a location.
  void Exec(const std::string& db, const std::string& sql) {
    if (backend_ == Backend::kSqlite) {
      sqlite3* h = nullptr;
      ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
      char* err = nullptr;
      EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
      sqlite3_free(err);
      sqlite3_close(h);
      return;
    }
    Run("SET search_path TO " + schemas_.at(db) + "; " + sql + "; RESET search_path");
  }

  // The integer of the first column of the first row of a query on a location (-1 on error).
  int64_t Number(const std::string& db, const std::string& sql) {
    if (backend_ == Backend::kSqlite) {
      sqlite3* h = nullptr;
      sqlite3_stmt* st = nullptr;
      int64_t v = -1;
      if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
          sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
      }
      sqlite3_finalize(st);
      sqlite3_close(h);
      return v;
    }
    Run("SET search_path TO " + schemas_.at(db));
    PGresult* r = PQexec(admin_, sql.c_str());
    int64_t v = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0) v = std::strtoll(PQgetvalue(r, 0, 0), nullptr, 10);
    PQclear(r);
    Run("RESET search_path");
    return v;
  }

  int SchemaVersion() const {
    return backend_ == Backend::kSqlite ? SqliteSchemaVersion() : PostgresSchemaVersion();
  }

 private:
  void Run(const std::string& sql) {
    PGresult* r = PQexec(admin_, sql.c_str());
    EXPECT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << sql << ": " << PQerrorMessage(admin_);
    PQclear(r);
  }

  Backend backend_;
  testing_support::TempDir dir_;
  PGconn* admin_ = nullptr;
  int count_ = 0;
  std::map<std::string, std::string> schemas_;  // URI -> schema
};

class StoreTest : public testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    const std::string why = scratch_.Connect();
    if (GetParam() == Backend::kPostgres && why == kNoPgMessage) GTEST_SKIP() << why;
    ASSERT_EQ(why, "");
  }
  std::string NewDb() { return scratch_.NewDb(); }

  Scratch scratch_{GetParam()};
};

std::vector<StoredEvent> All(EventStore& s, const EventQuery& q = {}) {
  std::vector<StoredEvent> out;
  size_t matched = 0;
  const Status st = s.Query(q, [&](const StoredEvent& e) { out.push_back(e); return true; }, &matched);
  EXPECT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(matched, out.size());
  return out;
}

// Everything a query shows, without row ids: used to compare two databases.
std::string Dump(EventStore& s) {
  std::string out;
  for (const StoredEvent& e : All(s)) {
    out += base::FormatIsoDate(e.event.date) + " " + e.event.source.code + ">" +
           (e.event.target ? e.event.target->code : "-") + " " + e.event.cameo + " m" + std::to_string(e.mentions) +
           " s" + std::to_string(e.sources) + " a" + std::to_string(e.articles) + " [";
    for (const Provenance& p : e.provenance) out += p.doc_id + ":" + std::to_string(p.sentence) + " ";
    out += "]\n";
  }
  return out;
}

TEST_P(StoreTest, CreatesAndReopens) {
  const std::string db = NewDb();
  {
    auto s = MustOpen(db);
    ASSERT_NE(s, nullptr);
    auto t = s->Totals();
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.value().events, 0u);
  }
  EXPECT_EQ(scratch_.Number(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'"),
            scratch_.SchemaVersion());
  EXPECT_NE(MustOpen(db), nullptr);
  EXPECT_NE(MustOpen(db, ReadOnly()), nullptr);
}

TEST_P(StoreTest, NewerVersionRefused) {
  const std::string db = NewDb();
  ASSERT_NE(MustOpen(db), nullptr);
  scratch_.Exec(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  for (const bool read_only : {false, true}) {
    OpenOptions o;
    o.read_only = read_only;
    auto r = OpenStore(db, o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kCorrupt);
    EXPECT_NE(r.status().message().find(db), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find("schema version 99 is newer"), std::string::npos) << r.status().message();
  }
}

TEST(StoreSchema, GarbageFileRefused) {
  TempDir dir;
  const std::string path = dir.Write("garbage.db", std::string(8192, 'x') + "not a database at all");
  auto r = OpenSqliteStore(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(r.status().message().find(path), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("not an SQLite database"), std::string::npos) << r.status().message();
  // Nothing was written over it.
  std::ifstream in(path, std::ios::binary);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, std::string(8192, 'x') + "not a database at all");
}

TEST_P(StoreTest, OtherDatabaseRefused) {
  const std::string db = NewDb();
  scratch_.Exec(db, "CREATE TABLE t (x INTEGER)");
  auto r = OpenStore(db);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not an Entente event store"), std::string::npos) << r.status().message();
  EXPECT_EQ(scratch_.Number(db, "SELECT count(*) FROM t"), 0) << "left as it was";
}

TEST_P(StoreTest, ReadOnlyCannotIngestOrCreate) {
  // An empty location (a missing file, an empty schema) is refused and left empty.
  const std::string missing = NewDb();
  auto r = OpenStore(missing, ReadOnly());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(missing), std::string::npos) << r.status().message();
  if (GetParam() == Backend::kSqlite) {
    EXPECT_FALSE(fs::exists(missing));
  } else {
    EXPECT_EQ(scratch_.Number(missing, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"), 0);
  }

  const std::string db = NewDb();
  ASSERT_NE(MustOpen(db), nullptr);
  auto s = MustOpen(db, ReadOnly());
  ASSERT_NE(s, nullptr);
  const Coded a = Doc("a", "text a", "Wire", {Ev("USAGOV", "CHNGOV", "042", "2025-10-28")});
  const Status st = IngestAll(*s, {a});
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("read-only"), std::string::npos) << st.message();
  EXPECT_EQ(s->Totals().value().documents, 0u);
}

TEST_P(StoreTest, ReingestSameTextChangesNothing) {
  auto s = MustOpen(NewDb());
  ASSERT_NE(s, nullptr);
  const std::vector<Coded> docs = {
      Doc("a", "text a", "Wire", {Ev("USAGOV", "CHNGOV", "042", "2025-10-28"), Ev("CHNGOV", "USAGOV", "043", "2025-10-28")}),
      Doc("b", "text b", "Post", {Ev("RUSGOV", "UKRMIL", "190", "2025-10-29")})};
  IngestCounts c1;
  ASSERT_TRUE(IngestAll(*s, docs, &c1).ok());
  EXPECT_EQ(c1.documents_new, 2u);
  EXPECT_EQ(c1.mentions_added, 3u);
  const std::string before = Dump(*s);
  IngestCounts c2;
  ASSERT_TRUE(IngestAll(*s, docs, &c2).ok());
  EXPECT_EQ(c2.documents_unchanged, 2u);
  std::vector<Document> probe = {docs[0].doc, docs[1].doc, docs[0].doc};
  probe[1].text = "changed";
  probe[2].id = "new";
  auto unchanged = s->Unchanged(probe);
  ASSERT_TRUE(unchanged.ok());
  EXPECT_EQ(unchanged.value(), (std::vector<bool>{true, false, false}));
  EXPECT_EQ(c2.mentions_added, 0u);
  EXPECT_EQ(Dump(*s), before);
  auto t = s->Totals();
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value().documents, 2u);
  EXPECT_EQ(t.value().events, 3u);
  EXPECT_EQ(t.value().mentions, 3u);
}

TEST_P(StoreTest, ChangedTextReplacesMentions) {
  auto s = MustOpen(NewDb());
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(IngestAll(*s, {Doc("a", "v1", "Wire", {Ev("USAGOV", "CHNGOV", "042", "2025-10-28")}),
                             Doc("b", "b", "Post", {Ev("USAGOV", "CHNGOV", "042", "2025-10-28")})})
                  .ok());
  IngestCounts c;
  ASSERT_TRUE(IngestAll(*s, {Doc("a", "v2", "Wire", {Ev("RUSGOV", "UKRMIL", "190", "2025-10-29", nullptr, 4)})}, &c).ok());
  EXPECT_EQ(c.documents_replaced, 1u);
  EXPECT_EQ(c.mentions_removed, 1u);
  EXPECT_EQ(Dump(*s),
            "2025-10-28 USAGOV>CHNGOV 042 m1 s1 a1 [b:0 ]\n"
            "2025-10-29 RUSGOV>UKRMIL 190 m1 s1 a1 [a:4 ]\n");
  // A changed document whose events all disappear removes the events only it reported.
  ASSERT_TRUE(IngestAll(*s, {Doc("a", "v3", "Wire", {})}).ok());
  EXPECT_EQ(Dump(*s), "2025-10-28 USAGOV>CHNGOV 042 m1 s1 a1 [b:0 ]\n");
  EXPECT_EQ(s->Totals().value().documents, 2u);
}

TEST_P(StoreTest, SameEventFromSeveralOutletsIsOneRow) {
  auto s = MustOpen(NewDb());
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(IngestAll(*s, {Doc("a", "a", "Wire A", {Ev("USAGOV", "CHNGOV", "042", "2025-10-28", nullptr, 1),
                                                        Ev("USAGOV", "CHNGOV", "042", "2025-10-28", nullptr, 3)}),
                             Doc("b", "b", "Wire B", {Ev("USAGOV", "CHNGOV", "042", "2025-10-28", nullptr, 2)}),
                             Doc("c", "c", "Wire A", {Ev("USAGOV", "CHNGOV", "042", "2025-10-29")}),
                             // Different CAMEO code, target or direction: other events.
                             Doc("d", "d", "Wire B", {Ev("USAGOV", "CHNGOV", "043", "2025-10-28"),
                                                      Ev("CHNGOV", "USAGOV", "042", "2025-10-28"),
                                                      Ev("USAGOV", "CHNMIL", "042", "2025-10-28")})})
                  .ok());
  const auto all = All(*s);
  ASSERT_EQ(all.size(), 4u);
  const StoredEvent& e = all[0];
  EXPECT_EQ(e.event.cameo, "042");
  EXPECT_EQ(e.event.target->code, "CHNGOV");
  EXPECT_EQ(e.mentions, 4);
  EXPECT_EQ(e.sources, 2);
  EXPECT_EQ(e.articles, 3);
  EXPECT_EQ(e.event.date, D("2025-10-28"));
  ASSERT_TRUE(e.event.end_date.has_value());
  EXPECT_EQ(*e.event.end_date, D("2025-10-29"));
  ASSERT_EQ(e.provenance.size(), 4u);
  EXPECT_EQ(e.provenance[0].doc_id, "a");
  EXPECT_EQ(e.provenance[0].sentence, 1u);
  EXPECT_EQ(e.provenance[0].source, "Wire A");
  EXPECT_EQ(e.provenance[0].url, "https://example.org/a");
  EXPECT_EQ(e.provenance[2].doc_id, "b");
  EXPECT_EQ(e.provenance[2].start, 10u);
  EXPECT_EQ(e.provenance[2].end, 23u);
  EXPECT_EQ(e.event.evidence.sentence_text, "The sentence.");
  EXPECT_EQ(e.event.evidence.rule, "verb:meet *");
  for (size_t i = 1; i < all.size(); ++i) EXPECT_EQ(all[i].mentions, 1);
}

TEST_P(StoreTest, DateWindowBoundaries) {
  // How many event rows an anchor mention at 2025-10-10 and one more mention make.
  auto RowsWith = [&](const Event& second, const Event& anchor = Ev("USAGOV", "CHNGOV", "042", "2025-10-10")) {
    auto s = MustOpen(NewDb());
    if (!s) return size_t{0};
    EXPECT_TRUE(IngestAll(*s, {Doc("a", "a", "A", {anchor}), Doc("b", "b", "B", {second})}).ok());
    return s->Totals().value().events;
  };
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-10")), 1u) << "same day";
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-11")), 1u) << "+1 day";
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-09")), 1u) << "-1 day";
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-12")), 2u) << "2 days apart";
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-13")), 2u) << "3 days apart";
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-07")), 2u) << "3 days before";
  // A stated range widens the window: the date must fall within the other's range.
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-13"),
                     Ev("USAGOV", "CHNGOV", "042", "2025-10-10", "2025-10-14")), 1u) << "inside the anchor's range";
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-08", "2025-10-12")), 1u) << "anchor inside the range";
  EXPECT_EQ(RowsWith(Ev("USAGOV", "CHNGOV", "042", "2025-10-16"),
                     Ev("USAGOV", "CHNGOV", "042", "2025-10-10", "2025-10-14")), 2u) << "2 days after the range";
  // No chaining: daily reports 10, 11, 12 make two events (12 is 2 days from the anchor).
  auto s = MustOpen(NewDb());
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(IngestAll(*s, {Doc("a", "a", "A", {Ev("USAGOV", "CHNGOV", "042", "2025-10-10")}),
                             Doc("b", "b", "B", {Ev("USAGOV", "CHNGOV", "042", "2025-10-11")}),
                             Doc("c", "c", "C", {Ev("USAGOV", "CHNGOV", "042", "2025-10-12")})})
                  .ok());
  EXPECT_EQ(s->Totals().value().events, 2u);
}

TEST_P(StoreTest, OldestMatchingEventWins) {
  // Reports on the 10th and the 12th make two events (2 days apart); one on the 11th matches
  // both and joins the older, whether it comes in the same batch or a later one.
  const Coded a = Doc("a", "a", "A", {Ev("USAGOV", "CHNGOV", "042", "2025-10-10")});
  const Coded b = Doc("b", "b", "B", {Ev("USAGOV", "CHNGOV", "042", "2025-10-12")});
  const Coded c = Doc("c", "c", "C", {Ev("USAGOV", "CHNGOV", "042", "2025-10-11")});
  const std::string expected =
      "2025-10-10 USAGOV>CHNGOV 042 m2 s2 a2 [a:0 c:0 ]\n"
      "2025-10-12 USAGOV>CHNGOV 042 m1 s1 a1 [b:0 ]\n";
  auto same_batch = MustOpen(NewDb());
  ASSERT_NE(same_batch, nullptr);
  ASSERT_TRUE(IngestAll(*same_batch, {a, b, c}).ok());
  EXPECT_EQ(Dump(*same_batch), expected);
  auto later = MustOpen(NewDb());
  ASSERT_NE(later, nullptr);
  ASSERT_TRUE(IngestAll(*later, {a, b}).ok());
  ASSERT_TRUE(IngestAll(*later, {c}).ok());
  EXPECT_EQ(Dump(*later), expected);
  // The same document twice in one batch with another text: the second replaces the first.
  auto twice = MustOpen(NewDb());
  ASSERT_NE(twice, nullptr);
  Coded a2 = Doc("a", "a v2", "A", {Ev("RUSGOV", "UKRMIL", "190", "2025-10-20")});
  IngestCounts counts;
  ASSERT_TRUE(IngestAll(*twice, {a, b, a2, a2}, &counts).ok());
  EXPECT_EQ(counts.documents_new, 2u);
  EXPECT_EQ(counts.documents_replaced, 1u);
  EXPECT_EQ(counts.documents_unchanged, 1u);
  EXPECT_EQ(counts.mentions_removed, 1u);
  EXPECT_EQ(Dump(*twice),
            "2025-10-12 USAGOV>CHNGOV 042 m1 s1 a1 [b:0 ]\n"
            "2025-10-20 RUSGOV>UKRMIL 190 m1 s1 a1 [a:0 ]\n");
  EXPECT_EQ(twice->Totals().value().events, 2u);
}

TEST_P(StoreTest, QueryFilters) {
  auto s = MustOpen(NewDb());
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(IngestAll(*s, {Doc("a", "a", "A", {Ev("BLRGOV", "PRKGOV", "042", "2024-07-16"),
                                                 Ev("PRKGOV", "BLRGOV", "043", "2024-07-16"),
                                                 Ev("USAGOV", "RUSGOV", "163", "2025-01-10"),
                                                 Ev("RUSMIL", "", "010", "2025-03-01")})})
                  .ok());
  auto ids = [&](const EventQuery& q) {
    std::string out;
    for (const StoredEvent& e : All(*s, q)) out += e.event.cameo + " ";
    return out;
  };
  EXPECT_EQ(ids({}), "042 043 163 010 ");
  EventQuery q;
  q.from = D("2025-01-01");
  EXPECT_EQ(ids(q), "163 010 ");
  q.to = D("2025-02-01");
  EXPECT_EQ(ids(q), "163 ");
  q = {};
  q.to = D("2024-07-16");
  EXPECT_EQ(ids(q), "042 043 ");
  q = {};
  q.actor = "RUS";
  EXPECT_EQ(ids(q), "163 010 ");
  q = {};
  q.dyad_a = "PRK";
  q.dyad_b = "BLR";
  EXPECT_EQ(ids(q), "042 043 ");
  q.dyad_a = "BLR";
  q.dyad_b = "PRK";
  EXPECT_EQ(ids(q), "042 043 ");
  q.dyad_a = "RUS";
  q.dyad_b = "USA";
  EXPECT_EQ(ids(q), "163 ");
  q = {};
  q.plover = "CONSULT";
  EXPECT_EQ(ids(q), "042 043 ");
  q = {};
  q.plover = "SANCTION";
  EXPECT_EQ(ids(q), "163 ");
  q = {};
  q.cameo_prefix = "04";
  EXPECT_EQ(ids(q), "042 043 ");
  q.cameo_prefix = "042";
  EXPECT_EQ(ids(q), "042 ");
  q = {};
  q.actor = "FRA";
  EXPECT_EQ(ids(q), "");
  // The sink can stop the stream.
  size_t seen = 0, matched = 0;
  ASSERT_TRUE(s->Query({}, [&](const StoredEvent&) { return ++seen < 2; }, &matched).ok());
  EXPECT_EQ(seen, 2u);
}

// Three batches of documents whose events overlap, for the crash tests.
std::vector<std::vector<Coded>> CrashBatches() {
  std::vector<std::vector<Coded>> batches(3);
  for (int b = 0; b < 3; ++b) {
    for (int d = 0; d < 200; ++d) {
      const std::string id = "d" + std::to_string(b) + "-" + std::to_string(d);
      std::vector<Event> events;
      for (int k = 0; k < 5; ++k) {
        const int day = 1 + (d + k + b) % 20;
        char date[16];
        std::snprintf(date, sizeof date, "2025-10-%02d", day);
        events.push_back(Ev(k % 2 ? "USAGOV" : "CHNGOV", k % 3 ? "RUSGOV" : "PRKGOV", k % 2 ? "042" : "190", date,
                            nullptr, static_cast<uint32_t>(k)));
      }
      batches[b].push_back(Doc(id, "text of " + id + std::string(300, 'x'), "Outlet " + std::to_string(d % 7), events));
    }
  }
  return batches;
}

std::string CleanDump(const std::string& db, const std::vector<std::vector<Coded>>& batches) {
  auto clean = MustOpen(db);
  if (!clean) return "";
  for (const auto& b : batches) EXPECT_TRUE(IngestAll(*clean, b).ok());
  return Dump(*clean);
}

TEST_P(StoreTest, AbandonedTransactionKeepsPreviousState) {
  const auto batches = CrashBatches();
  const std::string expected = CleanDump(NewDb(), batches);
  const std::string path = NewDb();
  {
    int commits = 0;
    OpenOptions opt;
    opt.before_commit = [&]() {
      return ++commits == 2 ? Status(StatusCode::kIoError, "simulated failure before COMMIT") : Status::Ok();
    };
    auto s = MustOpen(path, opt);
    ASSERT_NE(s, nullptr);
    ASSERT_TRUE(IngestAll(*s, batches[0]).ok());
    const std::string after_first = Dump(*s);
    const StoreTotals t1 = s->Totals().value();
    const Status failed = IngestAll(*s, batches[1]);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.message(), "simulated failure before COMMIT");
    EXPECT_EQ(Dump(*s), after_first);
    EXPECT_EQ(s->Totals().value().mentions, t1.mentions);
  }
  auto s = MustOpen(path);
  ASSERT_NE(s, nullptr);
  for (const auto& b : batches) ASSERT_TRUE(IngestAll(*s, b).ok());
  EXPECT_EQ(Dump(*s), expected);
}

TEST_P(StoreTest, KilledProcessThenRerunEqualsCleanRun) {
  const auto batches = CrashBatches();
  const std::string expected = CleanDump(NewDb(), batches);
  const std::string path = NewDb();
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    // The child: commit batch 0, then die by SIGKILL inside batch 1's transaction, after all its
    // rows are written (some spilled to the WAL) and before COMMIT.
    int commits = 0;
    OpenOptions opt;
    opt.before_commit = [&]() {
      if (++commits == 2) raise(SIGKILL);
      return Status::Ok();
    };
    auto r = OpenStore(path, opt);
    if (!r.ok()) _exit(3);
    for (const auto& b : batches) {
      std::vector<CodedDocument> batch;
      for (const Coded& c : b) batch.push_back({&c.doc, &c.events});
      if (!r.value()->Ingest(batch, nullptr).ok()) _exit(4);
    }
    _exit(5);  // not reached
  }
  int wstatus = 0;
  ASSERT_EQ(waitpid(pid, &wstatus, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(wstatus)) << "child exit code " << (WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1);
  EXPECT_EQ(WTERMSIG(wstatus), SIGKILL);
  auto s = MustOpen(path);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->Totals().value().documents, batches[0].size()) << "only the committed batch survives";
  IngestCounts c;
  for (const auto& b : batches) ASSERT_TRUE(IngestAll(*s, b, &c).ok());
  EXPECT_EQ(c.documents_unchanged, batches[0].size());
  EXPECT_EQ(Dump(*s), expected);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

// ---- PostgreSQL only -------------------------------------------------------------------------

TEST(StorePostgres, UriSelectsTheBackend) {
  EXPECT_TRUE(IsPostgresUri("postgresql://h/db"));
  EXPECT_TRUE(IsPostgresUri("postgres://u@h:5433/db?sslmode=disable"));
  EXPECT_FALSE(IsPostgresUri("news.db"));
  EXPECT_FALSE(IsPostgresUri("./postgresql://x"));
  EXPECT_FALSE(IsPostgresUri("postgresql:/x"));
}

TEST(StorePostgres, PasswordsAreNeverShown) {
  EXPECT_EQ(RedactedDbName("postgresql://ann:s3cret@db.example.org:5432/news"), "postgresql://ann@db.example.org:5432/news");
  EXPECT_EQ(RedactedDbName("postgres://ann:p%40ss@h/db?sslmode=require"), "postgres://ann@h/db?sslmode=require");
  EXPECT_EQ(RedactedDbName("postgresql://h/db?password=s3cret&sslmode=require"), "postgresql://h/db?sslmode=require");
  EXPECT_EQ(RedactedDbName("postgresql://h/db?sslmode=require&password=s3cret"), "postgresql://h/db?sslmode=require");
  EXPECT_EQ(RedactedDbName("postgresql://ann@h/db"), "postgresql://ann@h/db");
  EXPECT_EQ(RedactedDbName("postgresql://h:5432/db"), "postgresql://h:5432/db");
  EXPECT_EQ(RedactedDbName("some/file:x@y.db"), "some/file:x@y.db") << "paths are left alone";
}

TEST(StorePostgres, UnreachableServerNamedWithoutPassword) {
  // Port 1 on the loopback interface: refused at once, no server needed.
  for (const bool read_only : {false, true}) {
    OpenOptions o;
    o.read_only = read_only;
    auto r = OpenStore("postgresql://ann:hunter2@127.0.0.1:1/news", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kIoError);
    const std::string& m = r.status().message();
    EXPECT_EQ(m.rfind("postgresql://ann@127.0.0.1:1/news: cannot connect to the PostgreSQL server: ", 0), 0u) << m;
    EXPECT_EQ(m.find("hunter2"), std::string::npos) << m;
    EXPECT_EQ(m.find('\n'), std::string::npos) << m;
  }
}

TEST(StorePostgres, MissingSchemaIsExplained) {
  const std::string uri = TestPgUri();
  if (uri.empty()) GTEST_SKIP() << kNoPgMessage;
  const std::string db = uri + (uri.find('?') == std::string::npos ? "?" : "&") +
                         "options=-csearch_path%3Dentente_no_such_schema_x";
  auto r = OpenStore(db);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("no schema to use"), std::string::npos) << r.status().message();
}

// ---- SQLite and PostgreSQL agree -------------------------------------------------------------

// Every field of every event a query returns (ids left out: SQLite may reuse the id of a
// deleted last event, PostgreSQL never does; the order they give is compared).
std::string FullDump(EventStore& s, const EventQuery& q = {}) {
  std::string out;
  char num[64];
  auto d = [&](double v) {
    std::snprintf(num, sizeof num, "%.17g", v);
    return std::string(num);
  };
  for (const StoredEvent& se : All(s, q)) {
    const Event& e = se.event;
    out += base::FormatIsoDate(e.date) + ".." + (e.end_date ? base::FormatIsoDate(*e.end_date) : "") + " " + e.doc_id +
           "#" + std::to_string(e.sentence) + " " + e.source.code + "/" + e.source.country + "/" + e.source.sector +
           "/" + e.source.text + " > ";
    if (e.target) out += e.target->code + "/" + e.target->country + "/" + e.target->sector + "/" + e.target->text;
    out += " " + e.cameo + " " + e.plover + " q" + std::to_string(e.quad_class) + " g" + d(e.goldstein);
    if (e.location) out += " @" + e.location->name + "/" + e.location->country + "/" + d(e.location->lat) + "," + d(e.location->lon);
    out += " {" + e.evidence.sentence_text + "|" + e.evidence.verb_text + "|" + e.evidence.rule + "|" +
           std::to_string(e.evidence.start) + "-" + std::to_string(e.evidence.end) + "} " + se.doc_source + " " +
           se.doc_url + " m" + std::to_string(se.mentions) + " s" + std::to_string(se.sources) + " a" +
           std::to_string(se.articles) + " [";
    for (const Provenance& p : se.provenance) {
      out += p.doc_id + ":" + std::to_string(p.sentence) + ":" + std::to_string(p.start) + "-" + std::to_string(p.end) +
             ":" + p.source + ":" + p.url + " ";
    }
    out += "]\n";
  }
  return out;
}

// Scan's rows, sorted (Scan has no order), ids left out.
std::string ScanDump(EventStore& s, const EventQuery& q = {}) {
  std::vector<std::string> rows;
  size_t matched = 0;
  const Status st = s.Scan(q, [&](const EventRow& r) {
    char g[32];
    std::snprintf(g, sizeof g, "%.17g", r.goldstein);
    rows.push_back(std::to_string(r.day) + " " + std::string(r.source_code) + ">" + std::string(r.target_code) + " " +
                   std::string(r.source_country) + ">" + std::string(r.target_country) + " " + std::string(r.cameo) +
                   " " + std::string(r.plover) + " q" + std::to_string(r.quad_class) + " g" + g + " m" +
                   std::to_string(r.mentions));
    return true;
  }, &matched);
  EXPECT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(matched, rows.size());
  std::sort(rows.begin(), rows.end());
  std::string out;
  for (const std::string& r : rows) out += r + "\n";
  return out;
}

// The analyses of docs/ANALYSIS.md on a store, as text (sums printed to 9 digits: Scan's order
// is free, so floating-point sums may differ in the last bits).
std::string AnalysesDump(EventStore& s) {
  std::string out;
  char num[64];
  auto d = [&](double v) {
    std::snprintf(num, sizeof num, "%.9g", v);
    return std::string(num);
  };
  analyze::DyadOptions dyads;
  auto table = analyze::ComputeDyads(s, dyads);
  EXPECT_TRUE(table.ok()) << table.status().message();
  if (!table.ok()) return "";
  for (const std::string& t : table.value().plover_types) out += t + " ";
  out += "\n";
  for (const analyze::DyadPeriod& r : table.value().rows) {
    out += r.a + "-" + r.b + " " + r.period.label + " e" + std::to_string(r.events) + " " + std::to_string(r.a_to_b) +
           "/" + std::to_string(r.b_to_a) + " m" + std::to_string(r.mentions) + " g" + d(r.goldstein_sum) + " q";
    for (int i = 0; i < 4; ++i) out += std::to_string(r.quad[i]) + "," + std::to_string(r.quad_mentions[i]) + ";";
    out += " p";
    for (const int64_t v : r.plover) out += std::to_string(v) + ",";
    out += "\n";
  }
  analyze::TrendOptions trends;
  trends.recent = {D("2025-07-01"), D("2025-12-31")};
  trends.baseline = {D("2024-01-01"), D("2025-06-30")};
  auto t = analyze::ComputeTrends(s, trends);
  EXPECT_TRUE(t.ok()) << t.status().message();
  if (!t.ok()) return out;
  auto change = [&](const analyze::RateChange& c) {
    return " r" + d(c.ratio) + " p" + d(c.p) + " [" + d(c.log_lo) + "," + d(c.log_hi) + "] s" + d(c.score);
  };
  for (const analyze::DyadTrend& r : t.value().dyads) {
    out += "trend " + r.a + "-" + r.b + " " + std::to_string(r.recent.events) + "/" + std::to_string(r.recent.mentions) +
           " " + std::to_string(r.baseline.events) + "/" + std::to_string(r.baseline.mentions) + change(r.change) +
           " q" + d(r.q) + "\n";
  }
  for (const analyze::Axis& a : t.value().axes) {
    out += "axis";
    for (const std::string& m : a.members) out += " " + m;
    out += change(a.change) + " padj" + d(a.p_adjusted) + "\n";
    for (const analyze::AxisExample& x : a.examples) {
      out += "  " + base::FormatIsoDate(x.date) + " " + x.source + ">" + x.target + " " + x.cameo + " " + x.sentence + "\n";
    }
  }
  return out;
}

// A reproducible corpus that exercises deduplication: few actors and codes, dates over two
// years, stated ranges, events without target or with a location, several outlets, documents
// repeated within and across batches, some with a changed text.
std::vector<std::vector<Coded>> RandomBatches(uint32_t seed) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<uint32_t>(n)); };
  const char* actors[] = {"USAGOV", "CHNGOV", "RUSGOV", "UKRMIL", "PRKGOV", "BLRGOV", "FRAGOV", "IGOUNO"};
  const char* cameos[] = {"042", "043", "036", "190", "163", "010"};
  const char* outlets[] = {"Wire A", "Wire B", "Post", "", ""};
  std::vector<std::vector<Coded>> batches(4);
  std::vector<Coded> seen;
  for (size_t b = 0; b < batches.size(); ++b) {
    for (int d = 0; d < 150; ++d) {
      if (!seen.empty() && pick(10) == 0) {  // the same document again, sometimes with a new text
        Coded again = seen[static_cast<size_t>(pick(static_cast<int>(seen.size())))];
        if (pick(2) == 0) {
          again.doc.text += " (updated)";
          if (!again.events.empty()) again.events.pop_back();
        }
        batches[b].push_back(again);
        continue;
      }
      const std::string id = "r" + std::to_string(b) + "-" + std::to_string(d);
      std::vector<Event> events;
      const int n = pick(5);
      for (int k = 0; k < n; ++k) {
        // Two busy seasons (in the trends' baseline and recent windows): many overlapping windows.
        const int day = base::DaysFromCivil(D(pick(2) ? "2024-03-01" : "2025-08-01")) + pick(90);
        const std::string date = base::FormatIsoDate(base::CivilFromDays(day));
        const std::string end = base::FormatIsoDate(base::CivilFromDays(day + 1 + pick(40)));
        Event e = Ev(actors[pick(5)], pick(6) ? actors[pick(8)] : "", cameos[pick(4)], date.c_str(),
                     pick(4) == 0 ? end.c_str() : nullptr, static_cast<uint32_t>(k));
        e.quad_class = 1 + pick(4);
        e.goldstein = (pick(200) - 100) / 10.0;
        if (pick(3) == 0) e.location = Location{"Minsk", "BLR", 53.9045, 27.5615};
        e.evidence.sentence_text = "Sentence " + std::to_string(k) + " of " + id + " with a tab\there, a quote \" and \\.";
        events.push_back(e);
      }
      Coded c = Doc(id, "text of " + id, outlets[pick(5)], events, "2025-01-01");
      if (pick(4) == 0) c.doc.url = "";
      batches[b].push_back(c);
      seen.push_back(batches[b].back());
    }
  }
  return batches;
}

// Equal texts, or a failure showing the first line that differs (dumps are long).
void ExpectSameLines(const std::string& a, const std::string& b, const std::string& what) {
  if (a == b) return;
  size_t line = 1, at = 0;
  while (at < a.size() && at < b.size() && a[at] == b[at]) {
    if (a[at] == '\n') ++line;
    ++at;
  }
  auto line_of = [](const std::string& s, size_t at) {
    const size_t start = s.rfind('\n', at == 0 ? 0 : at - 1);
    const size_t from = start == std::string::npos || at == 0 ? 0 : start + 1;
    return s.substr(from, s.find('\n', from) - from);
  };
  ADD_FAILURE() << what << " differ at line " << line << ":\n  SQLite:     " << line_of(a, at) << "\n  PostgreSQL: "
                << line_of(b, at);
}

std::string CountsText(const IngestCounts& c) {
  return std::to_string(c.documents_new) + "/" + std::to_string(c.documents_replaced) + "/" +
         std::to_string(c.documents_unchanged) + " +" + std::to_string(c.mentions_added) + " -" +
         std::to_string(c.mentions_removed) + " e" + std::to_string(c.events_created);
}

TEST(StoreCompare, SqliteAndPostgresGiveTheSameResults) {
  Scratch lite(Backend::kSqlite), pg(Backend::kPostgres);
  const std::string why = pg.Connect();
  if (why == kNoPgMessage) GTEST_SKIP() << why;
  ASSERT_EQ(why, "");
  auto a = MustOpen(lite.NewDb());
  auto b = MustOpen(pg.NewDb());
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  const auto batches = RandomBatches(20261128);
  for (size_t i = 0; i < batches.size(); ++i) {
    IngestCounts ca, cb;
    ASSERT_TRUE(IngestAll(*a, batches[i], &ca).ok());
    ASSERT_TRUE(IngestAll(*b, batches[i], &cb).ok());
    EXPECT_EQ(CountsText(ca), CountsText(cb)) << "batch " << i;
  }
  // All batches again: nothing changes (and both say so).
  IngestCounts ra, rb;
  for (const auto& batch : batches) {
    ASSERT_TRUE(IngestAll(*a, batch, &ra).ok());
    ASSERT_TRUE(IngestAll(*b, batch, &rb).ok());
  }
  EXPECT_EQ(CountsText(ra), CountsText(rb));
  const StoreTotals ta = a->Totals().value(), tb = b->Totals().value();
  EXPECT_EQ(ta.documents, tb.documents);
  EXPECT_EQ(ta.events, tb.events);
  EXPECT_EQ(ta.mentions, tb.mentions);
  EXPECT_GT(ta.events, 300u);
  EXPECT_LT(ta.events, ta.mentions) << "the corpus should merge some mentions";
  const std::string dump = FullDump(*a);
  ExpectSameLines(dump, FullDump(*b), "events");
  EXPECT_NE(dump.find("a2 ["), std::string::npos) << "some events should come from two articles";
  ExpectSameLines(ScanDump(*a), ScanDump(*b), "scanned rows");
  std::vector<EventQuery> queries(6);
  queries[0].from = D("2024-04-01");
  queries[0].to = D("2025-08-31");
  queries[1].actor = "RUS";
  queries[2].dyad_a = "USA";
  queries[2].dyad_b = "CHN";
  queries[3].cameo_prefix = "04";
  queries[4].plover = "CONSULT";
  queries[5].from = D("2025-01-01");
  queries[5].cameo_prefix = "19";
  queries[5].actor = "UKR";
  for (size_t i = 0; i < queries.size(); ++i) {
    const std::string qa = FullDump(*a, queries[i]);
    EXPECT_FALSE(qa.empty()) << "query " << i;
    ExpectSameLines(qa, FullDump(*b, queries[i]), "events of query " + std::to_string(i));
    ExpectSameLines(ScanDump(*a, queries[i]), ScanDump(*b, queries[i]), "scanned rows of query " + std::to_string(i));
  }
  const std::string analyses = AnalysesDump(*a);
  EXPECT_NE(analyses.find("trend "), std::string::npos);
  ExpectSameLines(analyses, AnalysesDump(*b), "dyads and trends");
}

}  // namespace
}  // namespace entente::store
