// Test helpers shared by the quote recognizer's tests: one recognizer loaded from data/ for the
// whole test binary, and a run over a text with entities pre-filled by their mention.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/quotes.h"

namespace sitrep::recognize {

// The recognizer of data/quotes, loaded once (the tests run from the source root).
inline const QuoteRecognizer& TestQuoteRecognizer() {
  static const QuoteRecognizer* rec = [] {
    auto loaded = QuoteRecognizer::Load("data");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(*loaded).release() : nullptr;
  }();
  return *rec;
}

// (kind, mention, canonical name): every occurrence of the mention becomes an entity.
using TestEntity = std::tuple<std::string, std::string, std::string>;

// Runs the quote recognizer on `text` with those entities.
inline Record RunQuotes(const std::string& text, const std::string& lang,
                        const std::vector<TestEntity>& entities) {
  Record r;
  r.doc.text = text;
  r.doc.lang = lang;
  for (const auto& [kind, mention, name] : entities) {
    for (size_t at = text.find(mention); at != std::string::npos; at = text.find(mention, at + 1)) {
      r.entities.push_back(Entity{kind, mention, Span{at, at + mention.size()}, name, {}, {}, {}});
    }
  }
  const text::Analysis a = text::Analyze(r.doc.text, lang);
  TestQuoteRecognizer().Run(a, r.doc, &r);
  return r;
}

// The first quote whose text starts with `starts_with`, else nullptr.
inline const Quote* FindQuote(const Record& r, const std::string& starts_with) {
  for (const Quote& q : r.quotes) {
    if (q.text.rfind(starts_with, 0) == 0) return &q;
  }
  return nullptr;
}

// The quote's speaker name, or "(no quote)" / "(no speaker)".
inline std::string SpeakerName(const Quote* q) {
  if (q == nullptr) return "(no quote)";
  if (!q->speaker) return "(no speaker)";
  return q->speaker->name;
}

}  // namespace sitrep::recognize
