// Properties over all real articles of ../shared/data/articles (385 French and English
// Wikinews articles), over a several-megabyte input and over random bytes: every token and
// sentence maps back to original bytes whose normalization is the token's text, and no mapped
// position cuts a UTF-8 character.
#include <random>

#include <gtest/gtest.h>

#include "text/analysis.h"
#include "text/test_articles.h"

namespace sitrep::text {
namespace {

bool IsBoundary(std::string_view s, size_t pos) {
  return pos == 0 || pos >= s.size() || (static_cast<uint8_t>(s[pos]) & 0xC0) != 0x80;
}

// Checks one span; returns an empty string or a description of the failure.
std::string CheckSpan(const Analysis& a, std::string_view original, Span norm_span) {
  const Span o = a.ToOriginal(norm_span);
  if (o.start > o.end || o.end > original.size())
    return "span out of range";
  if (!IsBoundary(original, o.start) || !IsBoundary(original, o.end))
    return "cuts a character";
  const std::string renorm = Normalize(original.substr(o.start, o.size()), nullptr);
  if (renorm != a.Text(norm_span)) {
    return "original '" + std::string(original.substr(o.start, o.size())) + "' normalizes to '" +
           renorm + "', token is '" + std::string(a.Text(norm_span)) + "'";
  }
  return "";
}

// Checks every token and sentence of `text`; returns the number of failures (reported).
int CheckDocument(std::string_view text, std::string_view lang, const std::string& name) {
  const Analysis a = Analyze(text, lang);
  int failures = 0;
  size_t prev_end = 0;
  for (const Token& t : a.tokens) {
    if (t.span.start < prev_end || t.span.end <= t.span.start || t.span.end > a.norm.size()) {
      ADD_FAILURE() << name << ": bad token span at " << t.span.start;
      ++failures;
    }
    prev_end = t.span.end;
    const std::string why = CheckSpan(a, text, t.span);
    if (!why.empty() && ++failures <= 3)
      ADD_FAILURE() << name << ": token: " << why;
  }
  size_t next = 0;
  for (const Sentence& s : a.sentences) {
    if (s.first_token != next || s.end_token <= s.first_token)
      ++failures;
    next = s.end_token;
    const std::string why = CheckSpan(a, text, s.span);
    if (!why.empty() && ++failures <= 3)
      ADD_FAILURE() << name << ": sentence: " << why;
  }
  if (next != a.tokens.size()) {
    ADD_FAILURE() << name << ": sentences do not cover the tokens";
    ++failures;
  }
  return failures;
}

TEST(Corpus, EveryTokenMapsBackToItsOriginalBytes) {
  const auto articles = testing::LoadArticles(testing::DefaultArticlesDir());
  ASSERT_EQ(articles.size(), 385u) << "articles under " << testing::DefaultArticlesDir();
  size_t sentences = 0;
  for (const auto& art : articles) {
    EXPECT_EQ(CheckDocument(art.text, art.lang, art.source), 0) << art.source;
    EXPECT_EQ(CheckDocument(art.title, art.lang, art.source + " title"), 0);
    sentences += Analyze(art.text, art.lang).sentences.size();
  }
  EXPECT_GT(sentences, 8000u);
}

TEST(Corpus, LanguageOfEveryArticleAndTitle) {
  const auto articles = testing::LoadArticles(testing::DefaultArticlesDir());
  ASSERT_EQ(articles.size(), 385u);
  int wrong_titles = 0;
  for (const auto& art : articles) {
    EXPECT_EQ(DetectLanguage(art.text), art.lang) << art.source;
    const std::string lang = DetectLanguage(art.title);
    if (lang != art.lang && lang != "und")
      ++wrong_titles;
  }
  // Titles are a few words: "und" is fine, a wrong language is rare.
  EXPECT_LE(wrong_titles, 10);
}

TEST(Corpus, TypographyVariantsMapBack) {
  const std::string text =
      "\uFEFF\u00AB\u2009Nous avons repris Alep\u2011Est\u202F\u00BB, a\u2011t\u2011il "
      "d\u00E9clare\u0301.\r\nL\u2019arm\u00E9e compte 9\u202F000 morts\u00A0; pre\u00ADmier "
      "bilan\u200B: 3,5\u00A0%. \u201CU.S. troops\u201D \u2026 e\u0301te\u0301 \u212Bngstrom";
  EXPECT_EQ(CheckDocument(text, "fr", "typography"), 0);
  EXPECT_EQ(CheckDocument(text, "en", "typography"), 0);
}

TEST(Corpus, HugeInput) {
  const auto articles = testing::LoadArticles(testing::DefaultArticlesDir());
  ASSERT_FALSE(articles.empty());
  std::string big;
  while (big.size() < 6u << 20) {
    for (const auto& art : articles)
      big += art.text + "\n\n";
  }
  const Analysis a = Analyze(big, "en");
  EXPECT_GT(a.tokens.size(), 900000u);
  EXPECT_GT(a.sentences.size(), 40000u);
  EXPECT_EQ(a.ToOriginal(Span{0, a.norm.size()}).end <= big.size(), true);
  // Spot checks spread over the whole text (all of them would take long under sanitizers).
  for (size_t i = 0; i < a.tokens.size(); i += 997) {
    ASSERT_EQ(CheckSpan(a, big, a.tokens[i].span), "") << "token " << i;
  }
}

TEST(Corpus, RandomBytesNeverCrashOrLeaveTheText) {
  std::mt19937 rng(42);
  const std::string pieces[] = {"a",        "É", "e\u0301", "\u00A0", "\u2019", " ",
                                "\n",       ".", "M.",      "9",      "\xFF",   "\xC3",
                                "\xE2\x80", "«", "'",       "-",      "\r",     "U.S."};
  for (int doc = 0; doc < 300; ++doc) {
    std::string s;
    const int n = static_cast<int>(rng() % 200);
    for (int k = 0; k < n; ++k)
      s += pieces[rng() % std::size(pieces)];
    const Analysis a = Analyze(s, doc % 2 ? "fr" : "en");
    for (const Token& t : a.tokens) {
      const Span o = a.ToOriginal(t.span);
      ASSERT_LE(o.start, o.end);
      ASSERT_LE(o.end, s.size());
    }
  }
}

}  // namespace
}  // namespace sitrep::text
