#include "analyze/dyads.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "analyze/intern.h"
#include "base/date.h"

namespace entente::analyze {

std::optional<Interval> ParseInterval(const std::string& s) {
  if (s == "week") return Interval::kWeek;
  if (s == "month") return Interval::kMonth;
  if (s == "quarter") return Interval::kQuarter;
  if (s == "year") return Interval::kYear;
  return std::nullopt;
}

Period PeriodOf(int day, Interval interval) {
  Period p;
  char buf[32];
  const Date d = base::CivilFromDays(day);
  switch (interval) {
    case Interval::kWeek: {
      p.start = day - base::Weekday(d);
      p.end = p.start + 6;
      p.label = base::FormatIsoDate(base::CivilFromDays(p.start));
      return p;
    }
    case Interval::kMonth:
      p.start = base::DaysFromCivil(Date{d.year, d.month, 1});
      p.end = p.start + base::DaysInMonth(d.year, d.month) - 1;
      std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
      break;
    case Interval::kQuarter: {
      const int q = (d.month - 1) / 3;
      p.start = base::DaysFromCivil(Date{d.year, q * 3 + 1, 1});
      p.end = base::DaysFromCivil(Date{d.year, q * 3 + 3, base::DaysInMonth(d.year, q * 3 + 3)});
      std::snprintf(buf, sizeof buf, "%04d-Q%d", d.year, q + 1);
      break;
    }
    case Interval::kYear:
      p.start = base::DaysFromCivil(Date{d.year, 1, 1});
      p.end = base::DaysFromCivil(Date{d.year, 12, 31});
      std::snprintf(buf, sizeof buf, "%04d", d.year);
      break;
  }
  p.label = buf;
  return p;
}

int PeriodStart(int day, Interval interval) {
  if (interval == Interval::kWeek) return day - base::Weekday(base::CivilFromDays(day));
  const Date d = base::CivilFromDays(day);
  switch (interval) {
    case Interval::kMonth: return base::DaysFromCivil(Date{d.year, d.month, 1});
    case Interval::kQuarter: return base::DaysFromCivil(Date{d.year, (d.month - 1) / 3 * 3 + 1, 1});
    default: return base::DaysFromCivil(Date{d.year, 1, 1});
  }
}

namespace {

struct Key {
  int a, b, period_start;
  bool operator==(const Key&) const = default;
};
struct KeyHash {
  size_t operator()(const Key& k) const {
    // splitmix64's finalizer over the packed key.
    uint64_t h = (uint64_t{static_cast<uint32_t>(k.a)} << 32 | static_cast<uint32_t>(k.b)) ^
                 (static_cast<uint64_t>(static_cast<uint32_t>(k.period_start)) * 0x9E3779B97F4A7C15ull);
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
    return static_cast<size_t>(h ^ (h >> 31));
  }
};

struct Acc {
  int64_t events = 0, a_to_b = 0, b_to_a = 0, mentions = 0;
  int64_t quad[4] = {0, 0, 0, 0}, quad_mentions[4] = {0, 0, 0, 0};
  std::vector<std::pair<int, int64_t>> plover;  // (interned PLOVER type, events); a few entries
  double goldstein_sum = 0;
};

}  // namespace

Result<DyadTable> ComputeDyads(store::EventStore& store, const DyadOptions& o) {
  if (o.from && o.to && *o.from > *o.to) {
    return Status(StatusCode::kInvalidArgument, "the start date is after the end date");
  }
  store::EventQuery q;
  q.from = o.from;
  q.to = o.to;
  Interner codes, plovers;
  std::unordered_map<Key, Acc, KeyHash> acc;
  int cached_day = INT32_MIN, cached_start = 0;
  const bool country = o.level == DyadLevel::kCountry;
  Status s = store.Scan(
      q,
      [&](const store::EventRow& r) {
        const std::string_view src = country ? r.source_country : r.source_code;
        const std::string_view tgt = country ? r.target_country : r.target_code;
        if (src.empty() || tgt.empty() || r.target_code.empty() || src == tgt) return true;
        if (r.day != cached_day) {
          cached_start = PeriodStart(r.day, o.interval);
          cached_day = r.day;
        }
        const int is = codes.Id(src), it = codes.Id(tgt);
        // Ids follow first appearance; order the pair by name so a < b alphabetically.
        const bool forward = src < tgt;
        Acc& x = acc[Key{forward ? is : it, forward ? it : is, cached_start}];
        ++x.events;
        ++(forward ? x.a_to_b : x.b_to_a);
        x.mentions += r.mentions;
        if (r.quad_class >= 1 && r.quad_class <= 4) {
          ++x.quad[r.quad_class - 1];
          x.quad_mentions[r.quad_class - 1] += r.mentions;
        }
        if (!r.plover.empty()) {
          const int p = plovers.Id(r.plover);
          auto pit = std::find_if(x.plover.begin(), x.plover.end(), [p](const auto& e) { return e.first == p; });
          if (pit == x.plover.end()) x.plover.emplace_back(p, 1);
          else ++pit->second;
        }
        x.goldstein_sum += r.goldstein;
        return true;
      },
      nullptr);
  if (!s.ok()) return s;
  // PLOVER columns in name order.
  DyadTable table;
  std::vector<int> column(static_cast<size_t>(plovers.size()));
  {
    std::vector<int> ids(static_cast<size_t>(plovers.size()));
    for (int i = 0; i < plovers.size(); ++i) ids[static_cast<size_t>(i)] = i;
    std::sort(ids.begin(), ids.end(), [&](int x, int y) { return plovers.Name(x) < plovers.Name(y); });
    for (size_t c = 0; c < ids.size(); ++c) {
      column[static_cast<size_t>(ids[c])] = static_cast<int>(c);
      table.plover_types.push_back(plovers.Name(ids[c]));
    }
  }
  // Rows in (a, b, start) order: sort integer keys by the codes' name ranks, then build rows.
  std::vector<int> rank(static_cast<size_t>(codes.size()));
  {
    std::vector<int> ids(rank.size());
    for (size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<int>(i);
    std::sort(ids.begin(), ids.end(), [&](int x, int y) { return codes.Name(x) < codes.Name(y); });
    for (size_t r = 0; r < ids.size(); ++r) rank[static_cast<size_t>(ids[r])] = static_cast<int>(r);
  }
  std::vector<std::pair<Key, const Acc*>> order;
  order.reserve(acc.size());
  for (const auto& [k, x] : acc) order.emplace_back(k, &x);
  std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    const int xa = rank[static_cast<size_t>(x.first.a)], ya = rank[static_cast<size_t>(y.first.a)];
    if (xa != ya) return xa < ya;
    const int xb = rank[static_cast<size_t>(x.first.b)], yb = rank[static_cast<size_t>(y.first.b)];
    if (xb != yb) return xb < yb;
    return x.first.period_start < y.first.period_start;
  });
  std::unordered_map<int, Period> periods;  // labels are built once per period
  std::vector<DyadPeriod>& out = table.rows;
  out.reserve(order.size());
  for (const auto& [k, xp] : order) {
    const Acc& x = *xp;
    DyadPeriod d;
    d.a = codes.Name(k.a);
    d.b = codes.Name(k.b);
    auto pit = periods.find(k.period_start);
    if (pit == periods.end()) pit = periods.emplace(k.period_start, PeriodOf(k.period_start, o.interval)).first;
    d.period = pit->second;
    d.events = x.events;
    d.a_to_b = x.a_to_b;
    d.b_to_a = x.b_to_a;
    d.mentions = x.mentions;
    for (int i = 0; i < 4; ++i) {
      d.quad[i] = x.quad[i];
      d.quad_mentions[i] = x.quad_mentions[i];
    }
    d.plover.assign(table.plover_types.size(), 0);
    for (const auto& [p, n] : x.plover) d.plover[static_cast<size_t>(column[static_cast<size_t>(p)])] = n;
    d.goldstein_sum = x.goldstein_sum;
    out.push_back(std::move(d));
  }
  return table;
}

}  // namespace entente::analyze
