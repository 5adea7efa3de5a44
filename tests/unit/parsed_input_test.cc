// Unit tests for parsed input: Penn trees and token alignment (io/parsed.h), the CoNLL-U reader
// (io/conllu.h), the PETRARCH XML reader (io/petrarch_xml.h), ReadDocuments on both formats, and
// PETRARCH2's event file (io::FormatPetrarchEvents).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/strings.h"
#include "io/conllu.h"
#include "io/input.h"
#include "io/output.h"
#include "io/parsed.h"
#include "io/petrarch_xml.h"
#include "test_support.h"

namespace entente::io {
namespace {

std::string Slice(const ParsedSentence& s, const ParsedToken& t) {
  return t.aligned ? s.text.substr(t.begin, t.end - t.begin) : "<unaligned>";
}

// ---------------------------------------------------------------------------------------------
// Penn trees.

TEST(PennTreeTest, LeavesConstituentsAndOffsets) {
  ParsedSentence s;
  s.text = "Arnor met (again) with Gondor.";
  ASSERT_EQ(ParsePennTree("(ROOT (S (NP-SBJ (NNP Arnor)) (VP (VBD met) (-LRB- -LRB-) (RB again) (-RRB- -RRB-)"
                          " (PP (IN with) (NP (NNP Gondor)))) (. .)))",
                          &s),
            "");
  ASSERT_EQ(s.tokens.size(), 8u);
  EXPECT_EQ(s.tokens[0].form, "Arnor");
  EXPECT_EQ(s.tokens[0].xpos, "NNP");
  EXPECT_EQ(AlignTokens(s.text, &s.tokens), 8u);
  EXPECT_EQ(Slice(s, s.tokens[2]), "(");
  EXPECT_EQ(Slice(s, s.tokens[4]), ")");
  EXPECT_EQ(Slice(s, s.tokens[6]), "Gondor");
  // ROOT S NP VP PP NP: labels without function tags, parents first, spans in leaves.
  std::vector<std::string> labels;
  for (const auto& c : s.constituents) labels.push_back(c.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"ROOT", "S", "NP", "VP", "PP", "NP"}));
  const Constituent& pp = s.constituents[4];
  EXPECT_EQ(pp.first, 5u);
  EXPECT_EQ(pp.end, 7u);
  EXPECT_EQ(s.constituents[pp.parent].label, "VP");
  EXPECT_EQ(s.constituents[0].parent, -1);
  EXPECT_EQ(s.constituents[0].end, 8u);
}

TEST(PennTreeTest, RejectsMalformedTrees) {
  ParsedSentence s;
  EXPECT_NE(ParsePennTree("(S (NP (NNP Arnor))", &s).find("not closed"), std::string::npos);
  EXPECT_NE(ParsePennTree("(S (NP (NNP Arnor))))", &s).find("without '('"), std::string::npos);
  EXPECT_NE(ParsePennTree("(S (NP (NNP Arnor))) (S (NN x))", &s).find("after the end"), std::string::npos);
  EXPECT_NE(ParsePennTree("(S (NP ) )", &s).find("empty node"), std::string::npos);
  EXPECT_NE(ParsePennTree("(S word (NP (NN x)))", &s).find("subtree follows a word"), std::string::npos);
  EXPECT_NE(ParsePennTree("", &s).find("no tree"), std::string::npos);
  EXPECT_NE(ParsePennTree("Arnor", &s).find("outside brackets"), std::string::npos);
  // Deep nesting is handled without recursion.
  EXPECT_EQ(ParsePennTree(std::string(100000, '(') + "X y" + std::string(100000, ')'), &s), "");
}

TEST(AlignTokensTest, UnknownFormsStayUnalignedAndDoNotMoveTheCursor) {
  std::vector<ParsedToken> t(3);
  t[0].form = "Gondor";
  t[1].form = "zzz";  // not in the text
  t[2].form = "said";
  EXPECT_EQ(AlignTokens("GONDOR said", &t), 2u);  // ASCII case ignored
  EXPECT_TRUE(t[0].aligned);
  EXPECT_FALSE(t[1].aligned);
  EXPECT_EQ(t[2].begin, 7u);
}

// ---------------------------------------------------------------------------------------------
// CoNLL-U.

struct Read {
  std::vector<ParsedDocument> docs;
  std::vector<ParseProblem> problems;
};

Read ReadConllu(const std::string& text) {
  Read r;
  ParseConllu("in.conllu", text, 1, &r.docs, &r.problems);
  return r;
}

const char* kTwoDocs =
    "# newdoc id = d1\n"
    "# date = 2024-10-28\n"
    "# source = Wire\n"
    "# sent_id = d1-s1\n"
    "# text = Arnor can't stop.\n"
    "1\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

TEST(ConlluTest, DocumentsSentencesAndWords) {
  const Read r = ReadConllu(kTwoDocs);
  ASSERT_TRUE(r.problems.empty()) << r.problems[0].where << ": " << r.problems[0].message;
  ASSERT_EQ(r.docs.size(), 2u);
  const ParsedDocument& d1 = r.docs[0];
  EXPECT_EQ(d1.id, "d1");
  EXPECT_EQ(d1.date, (Date{2024, 10, 28}));
  EXPECT_EQ(d1.source, "Wire");
  ASSERT_EQ(d1.sentences.size(), 1u);
  const ParsedSentence& s = d1.sentences[0];
  EXPECT_EQ(s.id, "d1-s1");
  EXPECT_EQ(s.text, "Arnor can't stop.");
  ASSERT_EQ(s.tokens.size(), 5u);
  EXPECT_EQ(s.tokens[0].lemma, "Arnor");
  EXPECT_EQ(s.tokens[0].upos, "PROPN");
  EXPECT_EQ(s.tokens[0].deprel, "nsubj");
  EXPECT_EQ(s.tokens[0].head, 3);   // word 4 ("stop"), 0-based
  EXPECT_EQ(s.tokens[3].head, -1);  // root
  // The words of a multiword token share its span.
  EXPECT_EQ(Slice(s, s.tokens[1]), "can't");
  EXPECT_EQ(Slice(s, s.tokens[2]), "can't");
  EXPECT_EQ(Slice(s, s.tokens[4]), ".");
  // Without `# text`, the text is rebuilt from the forms and SpaceAfter=No.
  EXPECT_EQ(r.docs[1].id, "d2");
  EXPECT_EQ(r.docs[1].sentences[0].text, "Gondor agreed.");
  EXPECT_FALSE(r.docs[1].date.known());
}

TEST(ConlluTest, WithoutNewdocTheInputIsOneDocument) {
  const Read r = ReadConllu("1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n\n1\tB\tb\tX\t_\t_\t0\troot\t_\t_\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "in.conllu");
  EXPECT_EQ(r.docs[0].sentences.size(), 2u);
}

TEST(ConlluTest, MalformedSentencesAreReportedWithTheirLineAndSkipped) {
  const std::string text =
      "# newdoc id = d\n"
      "# sent_id = ok1\n"
      "1\tFine\tfine\tADJ\t_\t_\t0\troot\t_\t_\n"
      "\n"
      "# sent_id = cols\n"
      "1\tToo\tfew\tcolumns\n"                              // line 6
      "\n"
      "# sent_id = order\n"
      "1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n"
      "3\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n"                     // line 10
      "\n"
      "# sent_id = head\n"
      "1\tA\ta\tX\t_\t_\t7\troot\t_\t_\n"                    // head past the end
      "\n"
      "# sent_id = badhead\n"
      "1\tA\ta\tX\t_\t_\tx\troot\t_\t_\n"                    // line 16
      "\n"
      "# sent_id = ok2\n"
      "1\tStill\tstill\tADV\t_\t_\t0\troot\t_\t_\n";
  const Read r = ReadConllu(text);
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.docs[0].sentences.size(), 2u);
  EXPECT_EQ(r.docs[0].sentences[0].id, "ok1");
  EXPECT_EQ(r.docs[0].sentences[1].id, "ok2");
  ASSERT_EQ(r.problems.size(), 4u);
  EXPECT_EQ(r.problems[0].where, "in.conllu:6");
  EXPECT_EQ(r.problems[0].doc_id, "d");
  EXPECT_EQ(r.problems[0].sentence_id, "cols");
  EXPECT_NE(r.problems[0].message.find("10 tab-separated columns, found 4"), std::string::npos);
  EXPECT_EQ(r.problems[1].where, "in.conllu:10");
  EXPECT_NE(r.problems[1].message.find("out of order"), std::string::npos);
  EXPECT_EQ(r.problems[2].sentence_id, "head");
  EXPECT_NE(r.problems[2].message.find("HEAD 7"), std::string::npos);
  EXPECT_EQ(r.problems[3].where, "in.conllu:16");
  EXPECT_NE(r.problems[3].message.find("not a word index"), std::string::npos);
}

TEST(ConlluTest, OtherProblems) {
  // A sentence with comments only, a bad date, invalid UTF-8, a missing blank line.
  Read r = ReadConllu("# sent_id = empty\n\n");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("without word lines"), std::string::npos);
  r = ReadConllu("# date = 2024-13-01\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("bad # date"), std::string::npos);
  EXPECT_EQ(r.docs.size(), 1u);
  r = ReadConllu("1\tA\xFF\ta\tX\t_\t_\t0\troot\t_\t_\n");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("invalid UTF-8"), std::string::npos);
  EXPECT_TRUE(r.docs.empty());
  r = ReadConllu("1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n# sent_id = 2\n1\tB\tb\tX\t_\t_\t0\troot\t_\t_\n");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("missing blank line"), std::string::npos);
  // Empty nodes are skipped; HEAD "_" (tokenised, not parsed) is allowed.
  r = ReadConllu("1\tA\ta\tX\t_\t_\t_\t_\t_\t_\n1.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_\n2\tB\tb\tX\t_\t_\t_\t_\t_\t_\n");
  EXPECT_TRUE(r.problems.empty());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].sentences[0].tokens.size(), 2u);
  EXPECT_EQ(r.docs[0].sentences[0].tokens[0].head, -1);
}

// ---------------------------------------------------------------------------------------------
// PETRARCH XML.

const char* kPetrarch =
    "<Sentences>\n"
    "<Sentence date=\"20150805\" id=\"AFP01-1\" source=\"AFP\" sentence=\"True\">\n"
    "<Text>\nArnor met\nGondor.\n</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))</Parse>\n"
    "</Sentence>\n"
    "<Sentence date=\"20150805\" id=\"AFP01-2\" source=\"AFP\" sentence=\"True\">\n"
    "<Text>Gondor agreed.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Gondor)) (VP (VBD agreed) (. .))</Parse>\n"  // line 11: one ')' short
    "</Sentence>\n"
    "<Sentence date=\"2015-08-05\" id=\"AFP02-1\" source=\"AFP\"><Text>Bad date.</Text></Sentence>\n"
    "<Sentence date=\"20150806\" id=\"XIN03-1\" source=\"XIN\" sentence=\"True\"><Text>Rohan &amp; Gondor met.</Text>\n"
    "<Parse>\n1\tRohan\tRohan\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n2\t&amp;\t&amp;\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
    "3\tGondor\tGondor\tPROPN\tNNP\t_\t1\tconj\t_\t_\n4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n</Parse></Sentence>\n"
    "</Sentences>\n";

TEST(PetrarchXmlTest, StoriesSentencesAndParses) {
  std::vector<PetrarchStory> stories;
  std::vector<ParseProblem> problems;
  PetrarchStats stats;
  ParsePetrarchXml("in.xml", kPetrarch, &stories, &problems, &stats);
  ASSERT_EQ(stories.size(), 2u);
  const PetrarchStory& afp = stories[0];
  EXPECT_EQ(afp.id, "AFP01");
  EXPECT_EQ(afp.date, (Date{2015, 8, 5}));
  EXPECT_EQ(afp.source, "AFP");
  ASSERT_EQ(afp.sentences.size(), 2u);
  EXPECT_EQ(afp.sentences[0].text, "Arnor met Gondor.");  // line breaks collapsed
  EXPECT_EQ(afp.sentence_ids, (std::vector<std::string>{"AFP01_1", "AFP01_2"}));
  ASSERT_EQ(afp.sentences[0].tokens.size(), 4u);
  EXPECT_EQ(Slice(afp.sentences[0], afp.sentences[0].tokens[2]), "Gondor");
  EXPECT_FALSE(afp.sentences[0].constituents.empty());
  EXPECT_TRUE(afp.sentences[1].tokens.empty());  // its parse was malformed
  const PetrarchStory& xin = stories[1];
  EXPECT_EQ(xin.sentences[0].text, "Rohan & Gondor met.");
  ASSERT_EQ(xin.sentences[0].tokens.size(), 5u);
  EXPECT_EQ(xin.sentences[0].tokens[1].form, "&");
  EXPECT_EQ(xin.sentences[0].tokens[0].head, 3);
  EXPECT_EQ(stats.penn_trees, 1u);
  EXPECT_EQ(stats.conllu_parses, 1u);
  EXPECT_EQ(stats.bad_parses, 1u);
  EXPECT_EQ(stats.tokens_aligned, stats.tokens);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].where, "in.xml:13");
  EXPECT_NE(problems[0].message.find("not a valid YYYYMMDD date"), std::string::npos);
  EXPECT_EQ(problems[1].where, "in.xml:11");
  EXPECT_EQ(problems[1].doc_id, "AFP01");
  EXPECT_EQ(problems[1].sentence_id, "AFP01-2");
  EXPECT_NE(problems[1].message.find("not closed"), std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// ReadDocuments on parsed input.

struct Collected {
  std::vector<Document> docs;
  std::vector<std::vector<SentenceSpan>> spans;
  std::vector<std::string> where;
  std::vector<InputError> errors;
};

Collected Collect(const std::string& path, InputFormat format) {
  Collected c;
  std::vector<std::string> where;
  std::vector<std::vector<SentenceSpan>> spans;
  const Status s = ReadDocuments(
      path, format, Date{2025, 1, 1}, 1,
      [&](std::vector<Document>& docs) {
        EXPECT_EQ(docs.size(), spans.size());
        for (size_t i = 0; i < docs.size(); ++i) {
          c.docs.push_back(docs[i]);
          c.spans.push_back(spans[i]);
          c.where.push_back(where[i]);
        }
      },
      [&](const InputError& e) { c.errors.push_back(e); }, &where, &spans);
  EXPECT_TRUE(s.ok()) << s.message();
  return c;
}

TEST(ParsedInputTest, PetrarchXmlDocumentsKeepTheInputSentences) {
  testing_support::TempDir dir;
  const std::string path = dir.Write("stories.xml", kPetrarch);
  const Collected c = Collect(path, InputFormat::kAuto);  // by the .xml extension
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "AFP01");
  EXPECT_EQ(c.docs[0].text, "Arnor met Gondor.\n\nGondor agreed.");
  EXPECT_EQ(c.docs[0].source, "AFP");
  EXPECT_EQ(c.where[0], path + ":2");
  ASSERT_EQ(c.spans[0].size(), 2u);
  EXPECT_EQ(c.docs[0].text.substr(c.spans[0][1].begin, c.spans[0][1].end - c.spans[0][1].begin), "Gondor agreed.");
  EXPECT_EQ(c.spans[0][1].id, "AFP01_2");
  EXPECT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].where, path + ":13");
}

TEST(ParsedInputTest, ConlluDocumentsAndDefaultDate) {
  testing_support::TempDir dir;
  const std::string path = dir.Write("in.conllu", kTwoDocs);
  const Collected c = Collect(path, InputFormat::kAuto);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].date, (Date{2024, 10, 28}));
  EXPECT_EQ(c.docs[1].date, (Date{2025, 1, 1}));  // the default
  EXPECT_EQ(c.where[1], path + ":13");
  EXPECT_EQ(c.spans[0][0].id, "d1-s1");
  EXPECT_EQ(c.spans[1][0].id, "d2_1");  // no sent_id: DOC_N
  EXPECT_TRUE(c.errors.empty());
  // A broken sentence is reported with file:line and the document id; its neighbours stay.
  const std::string bad = dir.Write("bad.conllu", std::string("# newdoc id = x\n1\tA\n\n") + kTwoDocs);
  const Collected b = Collect(bad, InputFormat::kConllu);
  EXPECT_EQ(b.docs.size(), 2u);
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_EQ(b.errors[0].where, bad + ":2");
  EXPECT_EQ(b.errors[0].doc_id, "x");
}

// ---------------------------------------------------------------------------------------------
// PETRARCH2's event file.

Event MakeEvent(const std::string& src, const std::string& tgt, const std::string& code, uint32_t start,
                uint32_t sentence) {
  Event e;
  e.doc_id = "AFP01";
  e.sentence = sentence;
  e.date = Date{2015, 8, 3};  // the event date; the file has the story date
  e.source.code = src;
  if (!tgt.empty()) {
    e.target = Actor{};
    e.target->code = tgt;
  }
  e.cameo = code;
  e.evidence.start = start;
  return e;
}

TEST(PetrarchTsvTest, OneRowPerStoryEventWithTheSentenceIds) {
  Document doc{"AFP01", "Arnor met Gondor.\n\nArnor met Gondor again.", Date{2015, 8, 5}, "", ""};
  const std::vector<SentenceSpan> spans{{0, 17, "AFP01_1"}, {19, 42, "AFP01_2"}};
  const std::vector<Event> events{MakeEvent("ARN", "GON", "042", 0, 0), MakeEvent("ARN", "", "010", 0, 0),
                                  MakeEvent("ARN", "GON", "042", 19, 1)};
  std::string out;
  FormatPetrarchEvents(events, doc, &spans, &out);
  EXPECT_EQ(out,
            "20150805\tARN\tGON\t042\t\tAFP01_1;AFP01_2\t\tNULL\n"
            "20150805\tARN\t---\t010\t\tAFP01_1\t\tNULL\n");
  // Without spans the ids are DOCID_N; url and source name are copied (tabs become spaces).
  doc.url = "https://example.org/a\tb";
  doc.source = "Wire";
  out.clear();
  FormatPetrarchEvents({events[2]}, doc, nullptr, &out);
  EXPECT_EQ(out, "20150805\tARN\tGON\t042\t\tAFP01_1\thttps://example.org/a b\tWire\n");
  const auto fields = base::SplitExact(std::string_view(out).substr(0, out.size() - 1), '\t');
  EXPECT_EQ(fields.size(), 8u);
  EXPECT_EQ(FormatHeader(OutputFormat::kPetrarchTsv), "");
}

// ---------------------------------------------------------------------------------------------
// The UDPipe form of the PETRARCH unit tests, from ../shared when present.

std::string SharedSuite(const char* name) {
  if (const char* env = std::getenv("ENTENTE_SHARED"); env && *env) {
    return std::string(env) + "/compat/petrarch/" + name;
  }
  return std::string(ENTENTE_SOURCE_DIR "/../shared/compat/petrarch/") + name;
}

TEST(ParsedInputSharedTest, EveryUdpipeRecordParsesAndAligns) {
  const std::string path = SharedSuite("PETR.UnitTest.records.udpipe.xml");
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << path << " is absent (validation suites live beside the repository, in ../shared)";
  std::stringstream buf;
  buf << in.rdbuf();
  std::vector<PetrarchStory> stories;
  std::vector<ParseProblem> problems;
  PetrarchStats stats;
  ParsePetrarchXml(path, buf.str(), &stories, &problems, &stats);
  for (const auto& p : problems) ADD_FAILURE() << p.where << ": " << p.message;
  EXPECT_GT(stats.records, 0u);
  EXPECT_EQ(stats.conllu_parses, stats.records);
  EXPECT_EQ(stats.bad_parses, 0u);
  EXPECT_EQ(stats.tokens_aligned, stats.tokens);
}

}  // namespace
}  // namespace entente::io
