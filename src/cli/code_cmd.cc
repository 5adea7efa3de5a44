// cli/code_cmd.cc — `entente code`: documents in, events out, in input order.
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <climits>
#include <csignal>
#include <filesystem>
#include <cstdio>
#include <thread>

#include "base/date.h"
#include "cli/code_batch.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "io/input.h"
#include "io/output.h"

namespace entente::cli {

namespace {

// Writes `pieces` to `out` in order, straight from where they lie (writev), so a batch's output
// is not first copied into one buffer. Returns false on a write error (e.g. a closed pipe).
bool WritePieces(FILE* out, const std::vector<std::string_view>& pieces) {
  if (std::fflush(out) != 0) return false;  // nothing may be left in the FILE's own buffer
  const int fd = fileno(out);
  std::vector<iovec> iov;
  iov.reserve(pieces.size());
  for (std::string_view p : pieces) {
    if (p.empty()) continue;
    // Pieces that follow each other in memory (one worker's documents in a row) are one write.
    if (!iov.empty() && static_cast<const char*>(iov.back().iov_base) + iov.back().iov_len == p.data()) {
      iov.back().iov_len += p.size();
    } else {
      iov.push_back(iovec{const_cast<char*>(p.data()), p.size()});
    }
  }
  size_t next = 0;  // the first iovec not yet written in full
  while (next < iov.size()) {
    const int count = static_cast<int>(std::min<size_t>(iov.size() - next, IOV_MAX));
    ssize_t written = ::writev(fd, iov.data() + next, count);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    // Skip what was written; a partial write leaves the rest of one iovec for the next call.
    while (next < iov.size() && static_cast<size_t>(written) >= iov[next].iov_len) {
      written -= static_cast<ssize_t>(iov[next].iov_len);
      ++next;
    }
    if (written > 0) {
      iov[next].iov_base = static_cast<char*>(iov[next].iov_base) + written;
      iov[next].iov_len -= static_cast<size_t>(written);
    }
  }
  return true;
}

// Where a document's formatted events lie: in its worker's output buffer.
struct DocResult {
  int worker = 0;
  size_t begin = 0, end = 0;  // byte range in the worker's buffer
  size_t events = 0;
  Status status;
};

// Codes and formats a batch with `threads` workers; each worker has its own scratch space and
// appends the documents it formats to its own output buffer, (*out)[w] (cleared first; kept
// from batch to batch, so its memory is reused). Results are per document, so the caller
// writes them in input order. `spans`: the input's sentences of each document (for the ids of
// `--out tsv`).
void CodeBatch(const Engine& engine, const std::vector<Document>& docs, int threads, io::OutputFormat format,
               const std::vector<std::vector<io::SentenceSpan>>& spans,
               const std::vector<std::vector<ParsedSentence>>& parses,
               std::vector<std::unique_ptr<Engine::Scratch>>& scratch, std::vector<std::string>* out,
               std::vector<DocResult>* results) {
  results->resize(docs.size());
  out->resize(std::max(threads, 1));
  // Room up front for about what a worker writes (JSON Lines run to some six times the text), so
  // the first batch's buffers are not copied over and over as they grow; reserved memory that is
  // never written costs nothing. (Capped: a batch of huge documents grows as it must.)
  size_t text_bytes = 0;
  for (const Document& d : docs) text_bytes += d.text.size();
  const size_t expected = std::min<size_t>(8 * text_bytes, size_t{64} << 20);
  for (std::string& o : *out) {
    o.clear();
    o.reserve(expected);
  }
  std::vector<std::vector<Event>> events(std::max(threads, 1));  // reused per worker
  std::vector<std::vector<uint32_t>> offsets(std::max(threads, 1));
  std::vector<std::string> event_ids(std::max(threads, 1));  // reused per worker
  ForEachDocument(docs.size(), threads, [&](size_t i, int w) {
    DocResult& r = (*results)[i];
    std::string& formatted = (*out)[w];
    r.worker = w;
    r.begin = formatted.size();
    scratch[w]->Recycle(&events[w]);  // (the last document's events: their memory is reused)
    // Parsed input (PETRARCH XML with <Parse>, CoNLL-U): the parses attach sources and targets.
    if (i < parses.size() && i < spans.size() && !parses[i].empty() && parses[i].size() == spans[i].size()) {
      offsets[w].clear();
      for (const io::SentenceSpan& sp : spans[i]) offsets[w].push_back(sp.begin);
      r.status = engine.CodeParsed(docs[i], parses[i], offsets[w], *scratch[w], &events[w]);
    } else {
      r.status = engine.Code(docs[i], *scratch[w], &events[w]);
    }
    r.events = events[w].size();
    if (format == io::OutputFormat::kPetrarchTsv) {
      io::FormatPetrarchEvents(events[w], docs[i], i < spans.size() ? &spans[i] : nullptr, &formatted);
    } else {
      size_t k = 0;
      for (const Event& e : events[w]) {
        // The event id: "docid-sentence-k", k counting the document's events (the numbers
        // written on the stack, then appended at once).
        std::string& id = event_ids[w];
        id.assign(e.doc_id);
        constexpr int kDigits = 20;  // enough for any size_t
        char numbers[2 * (kDigits + 1)];
        char* p = numbers;
        *p++ = '-';
        p = std::to_chars(p, p + kDigits, e.sentence).ptr;
        *p++ = '-';
        p = std::to_chars(p, p + kDigits, k++).ptr;
        id.append(numbers, p);
        io::FormatEvent(e, &docs[i], format, id, &formatted, /*trusted_utf8=*/true);
      }
    }
    r.end = formatted.size();
  });
}

}  // namespace

int RunCode(const CodeOptions& o) {
  std::signal(SIGPIPE, SIG_IGN);
  Date default_date = Today();
  if (!o.date.empty()) {
    auto d = base::ParseIsoDate(o.date);
    if (!d) {
      std::fprintf(stderr, "entente code: --date '%s' is not YYYY-MM-DD\n", o.date.c_str());
      return kExitError;
    }
    default_date = *d;
  }
  io::InputFormat in = io::InputFormat::kAuto;
  if (o.in == "text") in = io::InputFormat::kText;
  else if (o.in == "jsonl") in = io::InputFormat::kJsonl;
  else if (o.in == "petrarch-xml") in = io::InputFormat::kPetrarchXml;
  else if (o.in == "conllu") in = io::InputFormat::kConllu;
  io::OutputFormat out_format = io::OutputFormat::kJsonl;
  if (o.out == "tsv") out_format = io::OutputFormat::kPetrarchTsv;
  else if (o.out == "phoenix") out_format = io::OutputFormat::kTsv;
  else if (o.out == "plover") out_format = io::OutputFormat::kPlover;

  auto engine = LoadEngineOrReport(o.dict, o.no_cache);
  if (!engine) return kExitError;

  FILE* out = stdout;
  std::string tmp_path;
  if (!o.output.empty() && o.output != "-") {
    // Regular files are written atomically (temp file + rename); devices and pipes directly.
    std::error_code ec;
    const auto st = std::filesystem::status(o.output, ec);
    const bool special = !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st);
    tmp_path = special ? o.output : o.output + ".partial";
    out = std::fopen(tmp_path.c_str(), "wb");
    if (!out) {
      std::fprintf(stderr, "entente code: cannot write %s\n", o.output.c_str());
      return kExitError;
    }
  }
  const int threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::unique_ptr<Engine::Scratch>> scratch;
  for (int i = 0; i < threads; ++i) scratch.push_back(std::make_unique<Engine::Scratch>());
  const bool progress = isatty(STDERR_FILENO) && !o.quiet;
  size_t n_docs = 0, n_events = 0, n_errors = 0;
  bool broken_pipe = false;
  std::string buf = io::FormatHeader(out_format);
  std::vector<DocResult> results;
  std::vector<std::string> formatted;  // each worker's formatted output of the current batch
  std::vector<std::string_view> pieces;  // what a batch writes: views of buf and of results
  std::vector<std::string> where;  // file:line of each document in the current batch
  std::vector<std::vector<io::SentenceSpan>> spans;  // the input's sentences of each document
  std::vector<std::vector<ParsedSentence>> parses;   // their parses (parsed inputs only)

  auto report = [&](const io::InputError& e) {
    ++n_errors;
    std::fprintf(stderr, "%s%s: %s%s%s\n", progress ? "\r\033[K" : "", e.where.c_str(),
                 e.doc_id.empty() ? "" : "document ", e.doc_id.c_str(),
                 (e.doc_id.empty() ? e.message : ": " + e.message).c_str());
  };
  std::vector<std::string> inputs = o.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& path : inputs) {
    if (broken_pipe) break;
    size_t line_base = 0;
    Status s = io::ReadDocuments(
        path, in, default_date, 512,
        [&](std::vector<Document>& docs) {
          if (broken_pipe) return;
          CodeBatch(*engine, docs, threads, out_format, spans, parses, scratch, &formatted, &results);
          pieces.clear();
          pieces.push_back(buf);  // the header, before the first batch
          for (size_t i = 0; i < docs.size(); ++i) {
            const DocResult& r = results[i];
            if (!r.status.ok()) {
              report(io::InputError{where[i], docs[i].id, r.status.message()});
              continue;
            }
            pieces.push_back(std::string_view(formatted[r.worker]).substr(r.begin, r.end - r.begin));
            n_events += r.events;
          }
          n_docs += docs.size();
          line_base += docs.size();
          if (!WritePieces(out, pieces)) broken_pipe = true;
          buf.clear();
          if (progress) std::fprintf(stderr, "\r\033[Kcoded %zu documents, %zu events", n_docs, n_events);
        },
        report, &where, &spans, &parses);
    if (!s.ok()) {
      ++n_errors;
      std::fprintf(stderr, "%sentente code: %s\n", progress ? "\r\033[K" : "", s.message().c_str());
    }
  }
  if (!broken_pipe) WriteAll(out, buf);
  if (progress) std::fprintf(stderr, "\r\033[K");
  if (std::fflush(out) != 0) broken_pipe = true;
  if (out != stdout) {
    std::fclose(out);
    if (tmp_path != o.output && std::rename(tmp_path.c_str(), o.output.c_str()) != 0) {
      std::fprintf(stderr, "entente code: cannot write %s\n", o.output.c_str());
      return kExitError;
    }
  }
  if (!o.quiet) {
    std::fprintf(stderr, "entente code: %zu documents, %zu events, %zu problems\n", n_docs, n_events, n_errors);
  }
  if (broken_pipe) return kExitOk;  // a closed pipe (e.g. `| head`) is a clean exit
  return n_errors ? kExitError : kExitOk;
}

}  // namespace entente::cli
