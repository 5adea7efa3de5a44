// The SQLite event store: schema and version checks, idempotent ingest, replacement of changed
// documents, deduplication across reports, query filters, and crash safety.
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <string>
#include <vector>

#include "base/date.h"
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

std::unique_ptr<EventStore> MustOpen(const std::string& path, SqliteOptions options = {}) {
  auto r = OpenSqliteStore(path, options);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(r.value()) : nullptr;
}

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

void SqlExec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

TEST(StoreSchema, CreatesAndReopens) {
  TempDir dir;
  const std::string path = dir.file("e.db");
  {
    auto s = MustOpen(path);
    ASSERT_NE(s, nullptr);
    auto t = s->Totals();
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.value().events, 0u);
  }
  EXPECT_TRUE(fs::exists(path));
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
            std::to_string(SqliteSchemaVersion()));
  sqlite3_finalize(st);
  sqlite3_close(db);
  EXPECT_NE(MustOpen(path), nullptr);
  SqliteOptions ro;
  ro.read_only = true;
  EXPECT_NE(MustOpen(path, ro), nullptr);
}

TEST(StoreSchema, NewerVersionRefused) {
  TempDir dir;
  const std::string path = dir.file("e.db");
  ASSERT_NE(MustOpen(path), nullptr);
  SqlExec(path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  auto r = OpenSqliteStore(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(r.status().message().find(path), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("schema version 99 is newer"), std::string::npos) << r.status().message();
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

TEST(StoreSchema, OtherSqliteDatabaseRefused) {
  TempDir dir;
  const std::string path = dir.file("other.db");
  SqlExec(path, "CREATE TABLE t (x)");
  auto r = OpenSqliteStore(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not an Entente event store"), std::string::npos) << r.status().message();
}

TEST(StoreSchema, ReadOnlyCannotIngestOrCreate) {
  TempDir dir;
  SqliteOptions ro;
  ro.read_only = true;
  auto missing = OpenSqliteStore(dir.file("missing.db"), ro);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing.db"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.file("missing.db")));

  const std::string path = dir.file("e.db");
  ASSERT_NE(MustOpen(path), nullptr);
  auto s = MustOpen(path, ro);
  ASSERT_NE(s, nullptr);
  const Coded a = Doc("a", "text a", "Wire", {Ev("USAGOV", "CHNGOV", "042", "2025-10-28")});
  const Status st = IngestAll(*s, {a});
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("read-only"), std::string::npos) << st.message();
}

TEST(StoreIngest, ReingestSameTextChangesNothing) {
  TempDir dir;
  auto s = MustOpen(dir.file("e.db"));
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

TEST(StoreIngest, ChangedTextReplacesMentions) {
  TempDir dir;
  auto s = MustOpen(dir.file("e.db"));
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

TEST(StoreDedup, SameEventFromSeveralOutletsIsOneRow) {
  TempDir dir;
  auto s = MustOpen(dir.file("e.db"));
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

// How many event rows an anchor mention at 2025-10-10 and one more mention make.
size_t RowsWith(const Event& second, const Event& anchor = Ev("USAGOV", "CHNGOV", "042", "2025-10-10")) {
  TempDir dir;
  auto s = MustOpen(dir.file("e.db"));
  if (!s) return 0;
  EXPECT_TRUE(IngestAll(*s, {Doc("a", "a", "A", {anchor}), Doc("b", "b", "B", {second})}).ok());
  return s->Totals().value().events;
}

TEST(StoreDedup, DateWindowBoundaries) {
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
  TempDir dir;
  auto s = MustOpen(dir.file("e.db"));
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(IngestAll(*s, {Doc("a", "a", "A", {Ev("USAGOV", "CHNGOV", "042", "2025-10-10")}),
                             Doc("b", "b", "B", {Ev("USAGOV", "CHNGOV", "042", "2025-10-11")}),
                             Doc("c", "c", "C", {Ev("USAGOV", "CHNGOV", "042", "2025-10-12")})})
                  .ok());
  EXPECT_EQ(s->Totals().value().events, 2u);
}

TEST(StoreQuery, Filters) {
  TempDir dir;
  auto s = MustOpen(dir.file("e.db"));
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

std::string CleanDump(const TempDir& dir, const std::vector<std::vector<Coded>>& batches) {
  auto clean = MustOpen(dir.file("clean.db"));
  if (!clean) return "";
  for (const auto& b : batches) EXPECT_TRUE(IngestAll(*clean, b).ok());
  return Dump(*clean);
}

TEST(StoreCrash, AbandonedTransactionKeepsPreviousState) {
  TempDir dir;
  const auto batches = CrashBatches();
  const std::string expected = CleanDump(dir, batches);
  const std::string path = dir.file("e.db");
  {
    int commits = 0;
    SqliteOptions opt;
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

TEST(StoreCrash, KilledProcessThenRerunEqualsCleanRun) {
  TempDir dir;
  const auto batches = CrashBatches();
  const std::string expected = CleanDump(dir, batches);
  const std::string path = dir.file("e.db");
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    // The child: commit batch 0, then die by SIGKILL inside batch 1's transaction, after all its
    // rows are written (some spilled to the WAL) and before COMMIT.
    int commits = 0;
    SqliteOptions opt;
    opt.before_commit = [&]() {
      if (++commits == 2) raise(SIGKILL);
      return Status::Ok();
    };
    auto r = OpenSqliteStore(path, opt);
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

}  // namespace
}  // namespace entente::store
