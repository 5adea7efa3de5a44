// Engine::CodeParsed: an external parse (Penn tree or CoNLL-U) attaches the source and target of
// each verb (coder/attach.h); sentences without a parse are coded as Engine::Code codes them.
// Small parses written by hand, with the tiny test dictionary.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "entente/engine.h"
#include "io/petrarch_xml.h"
#include "test_support.h"

namespace entente {
namespace {

using testing_support::TempDir;

std::string Summary(const std::vector<Event>& events) {
  std::ostringstream o;
  for (const Event& e : events) o << e.source.code << ">" << (e.target ? e.target->code : "-") << ":" << e.cameo << ";";
  return o.str();
}

class ParseAttachTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::WriteTinyDictionary(dict_);
    EngineOptions options;
    options.dict_dir = dict_.path().string();
    auto r = Engine::Load(options);
    ASSERT_TRUE(r.ok()) << r.status().message();
    engine_ = r.value();
  }
  // A parsed sentence from a <Parse> body (Penn tree or CoNLL-U), aligned with `text`.
  static ParsedSentence Parse(const std::string& text, const std::string& body) {
    ParsedSentence s;
    s.text = text;
    bool conllu = false;
    const std::string bad = io::ReadParse("test", body, 1, &s, &conllu);
    EXPECT_EQ(bad, "") << body;
    return s;
  }
  std::string Raw(const std::string& text) {
    std::vector<Event> events;
    EXPECT_TRUE(engine_->Code(Document{"t", text, Date{2025, 10, 30}, "", ""}, scratch_, &events).ok());
    return Summary(events);
  }
  std::string Parsed(const std::string& text, const std::vector<ParsedSentence>& parses,
                     const std::vector<uint32_t>& offsets) {
    std::vector<Event> events;
    EXPECT_TRUE(
        engine_->CodeParsed(Document{"t", text, Date{2025, 10, 30}, "", ""}, parses, offsets, scratch_, &events).ok());
    return Summary(events);
  }
  TempDir dict_;
  std::shared_ptr<const Engine> engine_;
  Engine::Scratch scratch_;
};

// "The envoy of Russia visited Minsk": from the text, the actor before the verb sits in a
// prepositional phrase and the subject ("the envoy") is not an actor, so nothing is coded; the
// parse says the whole "The envoy of Russia" is the subject, and its only actor is the source.
const char kEnvoy[] = "The envoy of Russia visited Minsk.";
const char kEnvoyPenn[] =
    "(ROOT (S (NP (NP (DT The) (NN envoy)) (PP (IN of) (NP (NNP Russia))))"
    " (VP (VBD visited) (NP (NNP Minsk))) (. .)))";
const char kEnvoyConllu[] =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tenvoy\tenvoy\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "5\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMinsk\tMinsk\tPROPN\tNNP\t_\t5\tobj\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n";

TEST_F(ParseAttachTest, PennSubjectGivesTheSource) {
  ASSERT_EQ(Raw(kEnvoy), "");
  EXPECT_EQ(Parsed(kEnvoy, {Parse(kEnvoy, kEnvoyPenn)}, {0}), "RUS>BLR:042;");
}

TEST_F(ParseAttachTest, ConlluSubjectGivesTheSource) {
  ASSERT_EQ(Raw(kEnvoy), "");
  EXPECT_EQ(Parsed(kEnvoy, {Parse(kEnvoy, kEnvoyConllu)}, {0}), "RUS>BLR:042;");
  // UD v1 names (older UDPipe models): dobj for obj.
  std::string v1 = kEnvoyConllu;
  v1.replace(v1.find("\tobj\t"), 5, "\tdobj\t");
  EXPECT_EQ(Parsed(kEnvoy, {Parse(kEnvoy, v1)}, {0}), "RUS>BLR:042;");
}

// A verb form the dictionaries do not know ("visted") is read as the parse's lemma when the
// parse says it is a verb (UPOS VERB) and the lemma is an event verb; not otherwise.
TEST_F(ParseAttachTest, ConlluLemmaReadsAnUnknownVerbForm) {
  const std::string text = "Vladimir Putin visted Minsk.";
  ASSERT_EQ(Raw(text), "");
  const std::string conllu =
      "1\tVladimir\tVladimir\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tPutin\tPutin\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tvisted\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tMinsk\tMinsk\tPROPN\tNNP\t_\t3\tobj\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
  EXPECT_EQ(Parsed(text, {Parse(text, conllu)}, {0}), "RUSGOV>BLR:042;");
  std::string noun = conllu;
  noun.replace(noun.find("\tVERB\t"), 6, "\tNOUN\t");
  EXPECT_EQ(Parsed(text, {Parse(text, noun)}, {0}), "");
  std::string unknown = conllu;
  unknown.replace(unknown.find("\tvisit\t"), 7, "\tvisitx\t");
  EXPECT_EQ(Parsed(text, {Parse(text, unknown)}, {0}), "");
}

// Two sentences, the second one parsed: offsets place each parse in the document text.
TEST_F(ParseAttachTest, OffsetsPlaceTheParseAndUnparsedSentencesFallBack) {
  const std::string first = "President Vladimir Putin visited Minsk.";
  const std::string text = first + "\n\n" + kEnvoy;
  ParsedSentence unparsed;
  unparsed.text = first;
  EXPECT_EQ(Raw(text), "RUSGOV>BLR:042;");
  EXPECT_EQ(Parsed(text, {unparsed, Parse(kEnvoy, kEnvoyPenn)}, {0, static_cast<uint32_t>(first.size() + 2)}),
            "RUSGOV>BLR:042;RUS>BLR:042;");
  // Mismatched vectors: the parses are ignored, as documented.
  EXPECT_EQ(Parsed(text, {Parse(kEnvoy, kEnvoyPenn)}, {}), Raw(text));
}

// The parse does not read "visited" as a verb heading a VP (a noun here, by a wrong tagger):
// the text's analysis stands.
TEST_F(ParseAttachTest, ParseThatDisagreesOnTheVerbIsIgnored) {
  const char penn[] =
      "(ROOT (S (NP (NP (DT The) (NN envoy)) (PP (IN of) (NP (NNP Russia))))"
      " (VP (VBZ is) (NP (NN visited) (NNP Minsk))) (. .)))";
  EXPECT_EQ(Parsed(kEnvoy, {Parse(kEnvoy, penn)}, {0}), Raw(kEnvoy));
  std::string conllu = kEnvoyConllu;
  conllu.replace(conllu.find("VERB"), 4, "NOUN");
  EXPECT_EQ(Parsed(kEnvoy, {Parse(kEnvoy, conllu)}, {0}), Raw(kEnvoy));
}

// A subject without an actor keeps the text's choice; so does a sentence the parse agrees with.
TEST_F(ParseAttachTest, SubjectWithoutActorKeepsTheTextsChoice) {
  const std::string text = "President Vladimir Putin visited Minsk.";
  const char penn[] =
      "(ROOT (S (NP (NNP President) (NNP Vladimir) (NNP Putin)) (VP (VBD visited) (NP (NNP Minsk))) (. .)))";
  EXPECT_EQ(Parsed(text, {Parse(text, penn)}, {0}), Raw(text));
  const std::string said = "Officials said the envoy visited Minsk.";
  const char said_penn[] =
      "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (SBAR (S (NP (DT the) (NN envoy))"
      " (VP (VBD visited) (NP (NNP Minsk)))))) (. .)))";
  EXPECT_EQ(Parsed(said, {Parse(said, said_penn)}, {0}), Raw(said));
}

// "North Korea said the envoy of Russia visited Minsk": from the text, the nearest actor before
// "visited" outside a prepositional phrase is North Korea, the subject of "said"; both parses
// put "the envoy of Russia" in the subject of "visited", so Russia is the source.
TEST_F(ParseAttachTest, SubjectOfTheEmbeddedClauseNotOfTheMainVerb) {
  const std::string text = "North Korea said the envoy of Russia visited Minsk.";
  ASSERT_EQ(Raw(text), "PRK>BLR:042;");
  const char penn[] =
      "(ROOT (S (NP (NNP North) (NNP Korea)) (VP (VBD said) (SBAR (S (NP (NP (DT the) (NN envoy))"
      " (PP (IN of) (NP (NNP Russia)))) (VP (VBD visited) (NP (NNP Minsk)))))) (. .)))";
  EXPECT_EQ(Parsed(text, {Parse(text, penn)}, {0}), "RUS>BLR:042;");
  const char conllu[] =
      "1\tNorth\tNorth\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
      "2\tKorea\tKorea\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tenvoy\tenvoy\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
      "6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tRussia\tRussia\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
      "8\tvisited\tvisit\tVERB\tVBD\t_\t3\tccomp\t_\t_\n"
      "9\tMinsk\tMinsk\tPROPN\tNNP\t_\t8\tobj\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
  EXPECT_EQ(Parsed(text, {Parse(text, conllu)}, {0}), "RUS>BLR:042;");
}

}  // namespace
}  // namespace entente
