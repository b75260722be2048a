// EvalPetrarch: see evals.h. The records are TABARI-style XML-ish text; the actor dictionary
// lines read "NAME_WITH_UNDERSCORES [CODE]" (CODE: country or group, then agent letters).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "code/coder.h"
#include "evals.h"
#include "text/analysis.h"

namespace sitrep::eval_events {
namespace {

struct DictActor {
  std::string phrase;  // lowercase, spaces
  std::string code;
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<DictActor> ReadActors(const std::string& path) {
  std::vector<DictActor> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const size_t lb = line.find('['), rb = line.find(']');
    if (line.empty() || line[0] == '<' || line[0] == '#' || lb == std::string::npos ||
        rb == std::string::npos || lb == 0) {
      continue;
    }
    std::string name = line.substr(0, lb);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    for (char& c : name) c = c == '_' ? ' ' : c;
    out.push_back(DictActor{Lower(name), line.substr(lb + 1, rb - lb - 1)});
  }
  return out;
}

std::string Attr(const std::string& tag, const std::string& name) {
  const size_t p = tag.find(name + "=\"");
  if (p == std::string::npos) return "";
  const size_t s = p + name.size() + 2;
  return tag.substr(s, tag.find('"', s) - s);
}

struct Sentence {
  std::string id;
  std::string text;
  std::vector<std::string> codes;  // gold CAMEO codes
};

std::vector<Sentence> ReadRecords(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string all = ss.str();
  std::vector<Sentence> out;
  for (size_t p = all.find("<Sentence "); p != std::string::npos;
       p = all.find("<Sentence ", p + 1)) {
    const size_t end = all.find("</Sentence>", p);
    const std::string block = all.substr(p, end - p);
    Sentence s;
    s.id = Attr(block.substr(0, block.find('>')), "id");
    for (size_t q = block.find("<EventCoding"); q != std::string::npos;
         q = block.find("<EventCoding", q + 1)) {
      const std::string code = Attr(block.substr(q, block.find('>', q) - q), "eventcode");
      if (!code.empty()) s.codes.push_back(code);
    }
    const size_t t = block.find("<Text>"), te = block.find("</Text>");
    if (t == std::string::npos || te == std::string::npos) continue;
    s.text = block.substr(t + 6, te - t - 6);
    out.push_back(std::move(s));
  }
  return out;
}

// Entities for every dictionary phrase in the text (longest first, no overlaps).
void AddEntities(const std::vector<DictActor>& dict, Record* rec) {
  const std::string low = Lower(rec->doc.text);
  for (const DictActor& a : dict) {
    for (size_t p = low.find(a.phrase); p != std::string::npos; p = low.find(a.phrase, p + 1)) {
      const Span span{p, p + a.phrase.size()};
      bool taken = false;
      for (const Entity& e : rec->entities) taken = taken || e.span.Overlaps(span);
      if (taken) continue;
      Entity e{"organization", std::string(rec->doc.Slice(span)), span, a.code, std::nullopt,
               a.code.substr(0, 3), std::nullopt};
      if (a.code.size() >= 6) e.sector = a.code.substr(3, 3);
      rec->entities.push_back(std::move(e));
    }
  }
}

}  // namespace

StatusOr<Scores> EvalPetrarch(const std::string& data_dir, const std::string& records_path,
                              const std::string& actors_path, const EvalOptions& options) {
  SITREP_ASSIGN_OR_RETURN(std::unique_ptr<code::Coder> coder, code::Coder::Load(data_dir));
  std::vector<DictActor> dict = ReadActors(actors_path);
  std::sort(dict.begin(), dict.end(), [](const DictActor& a, const DictActor& b) {
    return a.phrase.size() > b.phrase.size();
  });
  Scores s;
  size_t n = 0;
  for (const Sentence& sent : ReadRecords(records_path)) {
    if (sent.codes.empty()) continue;
    if (options.limit && n++ >= options.limit) break;
    Record rec;
    rec.doc.id = sent.id;
    rec.doc.lang = "en";
    rec.doc.text = sent.text;
    AddEntities(dict, &rec);
    const text::Analysis a = text::Analyze(rec.doc.text, "en");
    coder->Run(a, rec.doc, &rec);
    const std::string root = sent.codes[0].substr(0, 2);
    const Event* e = MostConfident(rec.events);
    bool any = false;
    for (const Event& ev : rec.events) any = any || (ev.cameo && ev.cameo->substr(0, 2) == root);
    const bool top = e && e->cameo && e->cameo->substr(0, 2) == root;
    s["cameo_root"].Add(top);
    s["cameo_root_any"].Add(any);
    s["event_found"].Add(e != nullptr);
    if (options.verbose && !top) {
      std::cerr << "MISS " << sent.codes[0] << " <- " << (e && e->cameo ? *e->cameo : "-")
                << " | " << sent.text.substr(0, 160) << "\n";
    }
  }
  return s;
}

}  // namespace sitrep::eval_events
