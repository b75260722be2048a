// FindInterview(): the answers of an interview written as labelled paragraphs, each a direct
// quote of the interviewee: "((Thomas Rivinius)) Well, it is a long story ...", "NG: This study
// started in 1982 ...", and the unlabelled paragraphs that go on with an answer before the next
// question. A label whose paragraphs mostly end in a question mark, or one naming the
// publication ("((WN))", "((Wikinews))"), is the interviewer's and opens no answer.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "recognize/quote_internal.h"

namespace sitrep::recognize::quotes {
namespace {

// Words of a label before its colon ("Natasha Gownaris:", "NG:").
constexpr size_t kMaxLabelWords = 3;
// Tokens between "((" and "))".
constexpr size_t kMaxBracketLabel = 8;

bool Punct(const QTok& t, std::string_view p) { return t.kind == QKind::kPunct && t.lower == p; }

struct Label {
  size_t first = 0;   // label words [first, last)
  size_t last = 0;
  size_t answer = 0;  // first token after the label
  bool bracket = false;
};

class InterviewFinder {
 public:
  explicit InterviewFinder(const Scan& scan) : scan_(scan) {
    for (size_t b = 0; b < scan_.toks.size();) {
      size_t e = b;
      while (e < scan_.toks.size() && scan_.toks[e].kind != QKind::kBreak) ++e;
      if (e > b) paragraphs_.emplace_back(b, e);
      b = e + 1;
    }
    CountLabels();
  }

  std::vector<Candidate> Find() {
    std::vector<Candidate> out;
    std::optional<SpeakerMention> speaker;  // the interviewee while an answer goes on
    for (const auto& [b, e] : paragraphs_) {
      std::optional<Label> label = LabelAt(b, e);
      if (label && !label->bracket && !Interviewee(*label)) label.reset();  // "Frido Welker: I"
      if (label) {
        speaker.reset();
        if (Publication(*label) || Interviewer(*label) || !Prose(label->answer, e)) continue;
        speaker = SpeakerOf(*label);
        out.push_back(Answer(label->answer, e, *speaker));
      } else if (speaker && Prose(b, e)) {
        out.push_back(Answer(b, e, *speaker));
      }
    }
    return out;
  }

 private:
  // "((Name))" with an optional colon, or one to kMaxLabelWords capitalized words and a colon
  // opening the paragraph [b, e).
  std::optional<Label> LabelAt(size_t b, size_t e) const {
    const auto& toks = scan_.toks;
    if (b + 4 < e && Punct(toks[b], "(") && Punct(toks[b + 1], "(")) {
      for (size_t k = b + 2; k + 1 < e && k < b + 2 + kMaxBracketLabel; ++k) {
        if (!Punct(toks[k], ")") || !Punct(toks[k + 1], ")")) continue;
        if (k == b + 2) return std::nullopt;
        size_t answer = k + 2;
        if (answer < e && Punct(toks[answer], ":")) ++answer;
        return Label{b + 2, k, answer, true};
      }
      return std::nullopt;
    }
    size_t k = b;
    while (k < e && k < b + kMaxLabelWords && toks[k].kind == QKind::kWord && toks[k].cap) ++k;
    if (k == b || k + 1 >= e || !Punct(toks[k], ":")) return std::nullopt;
    return Label{b, k, k + 1, false};
  }

  std::string Key(const Label& l) const {
    std::string key;
    for (size_t k = l.first; k < l.last; ++k) key += std::string(scan_.toks[k].lower) + " ";
    return key;
  }

  // Upper-case initials of a label's words, or the label itself when it is one acronym.
  std::string Initials(const Label& l) const {
    if (l.last == l.first + 1 && scan_.toks[l.first].acronym) {
      return std::string(scan_.toks[l.first].lower);
    }
    std::string out;
    for (size_t k = l.first; k < l.last; ++k) out += scan_.toks[k].lower.substr(0, 1);
    return out;
  }

  bool Publication(const Label& l) const {
    const std::string key = Key(l);
    return key == "wn " || key == "wikinews ";
  }

  // A bracketed label always names a speaker; a colon label only when the article uses it
  // for two paragraphs or more, or an acronym label of its initials is ("Natasha Gownaris:"
  // beside "NG:"): "Frido Welker: I think ..." inside an answer is no label.
  bool Interviewee(const Label& l) const {
    if (l.bracket) return true;
    auto same = colon_labels_.find(Key(l));
    auto acronym = acronym_labels_.find(Initials(l));
    return (same != colon_labels_.end() && same->second >= 2) ||
           (acronym != acronym_labels_.end() && acronym->second >= 2);
  }

  // A label whose paragraphs mostly end in a question mark asks the questions ("((WSS)) :
  // Which past U.S. president(s) do you most admire and why?").
  bool Interviewer(const Label& l) const {
    auto it = questions_.find(Key(l));
    return it != questions_.end() && 2 * it->second.first > it->second.second;
  }

  // Counts the labels of the article: colon labels by their words and, for acronyms, their
  // initials; every label's paragraphs and those of them that end in a question mark.
  void CountLabels() {
    for (const auto& [b, e] : paragraphs_) {
      const std::optional<Label> l = LabelAt(b, e);
      if (!l) continue;
      auto& [asked, all] = questions_[Key(*l)];
      asked += Punct(scan_.toks[e - 1], "?") ? 1 : 0;
      ++all;
      if (l->bracket) continue;
      ++colon_labels_[Key(*l)];
      if (l->last == l->first + 1 && scan_.toks[l->first].acronym) ++acronym_labels_[Initials(*l)];
    }
  }

  // The label as a name; an acronym label ("NG") is the full name of the article whose
  // initials it gives ("Natasha Gownaris").
  SpeakerMention SpeakerOf(const Label& l) const {
    const auto& toks = scan_.toks;
    size_t first = l.first, last = l.last;
    if (last == first + 1 && toks[first].acronym) {
      const std::string initials(toks[first].lower);
      for (size_t i = 0; i < toks.size(); ++i) {
        if (!toks[i].cap || toks[i].kind != QKind::kWord || toks[i].acronym) continue;
        const size_t j = NameRunEnd(scan_, i, toks.size());
        std::string run;
        for (size_t k = i; k < j; ++k) run += toks[k].lower.substr(0, 1);
        // The run or its end: "Biologist Paul Rivera" for "PR".
        if (run.size() >= 2 && run.size() >= initials.size() &&
            run.compare(run.size() - initials.size(), initials.size(), initials) == 0 &&
            initials.size() >= 2) {
          first = j - initials.size();
          last = j;
          break;
        }
        i = std::max(i, j - 1);
      }
    }
    return MakeMention(scan_, MentionKind::kName, first, last);
  }

  // Words of an answer: a lower-case word among them, no legend ("██ Hare: 3") or image
  // caption ("Image: Nicholas Moreau.").
  bool Prose(size_t b, size_t e) const {
    const auto& toks = scan_.toks;
    if (b >= e || (toks[b].kind != QKind::kWord && toks[b].kind != QKind::kMark)) return false;
    bool lower = false;
    for (size_t k = b; k < e; ++k) {
      if (toks[k].lower == "image" && k + 1 < e && Punct(toks[k + 1], ":")) return false;
      lower = lower || (toks[k].kind == QKind::kWord && !toks[k].cap);
    }
    return lower;
  }

  Candidate Answer(size_t b, size_t e, const SpeakerMention& speaker) const {
    Candidate c;
    c.text = Span{scan_.toks[b].span.start, scan_.toks[e - 1].span.end};
    c.direct = true;
    c.speaker = speaker;
    return c;
  }

  const Scan& scan_;
  std::vector<std::pair<size_t, size_t>> paragraphs_;  // token ranges between breaks
  std::unordered_map<std::string, size_t> colon_labels_;    // label words -> paragraphs
  std::unordered_map<std::string, size_t> acronym_labels_;  // acronym -> paragraphs
  // label words -> (paragraphs ending in "?", paragraphs)
  std::unordered_map<std::string, std::pair<size_t, size_t>> questions_;
};

}  // namespace

std::vector<Candidate> FindInterview(const Scan& scan) { return InterviewFinder(scan).Find(); }

}  // namespace sitrep::recognize::quotes
